package com.wtigg.store.privacy.processors;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.wtigg.store.privacy.Processor;
import com.wtigg.store.privacy.ProcessorRegister;
import com.wtigg.store.privacy.ProcessorSource;

/**
 * The register made of every module's {@link ProcessorSource}, by role and then name; an id
 * declared twice is refused.
 */
@Component
class RegisterOfProcessors implements ProcessorRegister {

	private final ObjectProvider<ProcessorSource> sources;

	private volatile List<Processor> processors;

	RegisterOfProcessors(ObjectProvider<ProcessorSource> sources) {
		this.sources = sources;
	}

	@Override
	public List<Processor> processors() {
		List<Processor> current = processors;
		if (current == null) {
			current = gather();
			processors = current;
		}
		return current;
	}

	@Override
	public Optional<Processor> processor(String id) {
		return processors().stream().filter(p -> p.id().equals(id)).findFirst();
	}

	private List<Processor> gather() {
		List<Processor> all = sources.orderedStream().flatMap(source -> source.processors().stream())
			.sorted(Comparator.comparing(Processor::role).thenComparing(Processor::name))
			.toList();
		Set<String> ids = new HashSet<>();
		for (Processor processor : all) {
			if (!ids.add(processor.id())) {
				throw new IllegalStateException("The processor " + processor.id() + " is declared twice");
			}
		}
		return all;
	}
}
