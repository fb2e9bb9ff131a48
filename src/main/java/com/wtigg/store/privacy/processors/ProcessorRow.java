package com.wtigg.store.privacy.processors;

import java.util.List;
import java.util.Locale;

import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.Processor;

/**
 * One processor as the register page shows it, in the reader's language.
 */
public record ProcessorRow(String id, String name, String roleKey, List<String> categoryKeys, String purpose, String country,
		List<String> mechanisms, List<String> fields) {

	static ProcessorRow of(Processor p, Locale locale) {
		return new ProcessorRow(p.id(), p.name(), "privacy.processors.role." + p.role().name().toLowerCase(Locale.ROOT),
				p.categories().stream().sorted().map(DataCategory::name)
					.map(c -> "privacy.processors.category." + c.toLowerCase(Locale.ROOT)).toList(),
				p.purpose().in(locale), Locale.of("", p.country()).getDisplayCountry(locale) + " (" + p.country() + ")",
				p.transferMechanisms().stream().map(m -> m.in(locale)).toList(), p.fields().stream().sorted().toList());
	}
}
