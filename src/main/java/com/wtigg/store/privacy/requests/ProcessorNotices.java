package com.wtigg.store.privacy.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.wtigg.store.privacy.PrivacyMail.ProcessorNotice;
import com.wtigg.store.privacy.ProcessorHoldings;
import com.wtigg.store.privacy.ProcessorHoldings.Holding;
import com.wtigg.store.privacy.ProcessorRegister;
import com.wtigg.store.shared.SubjectId;

/**
 * Tells the processors that hold a subject's data of its erasure or correction (DSR-CORRECT,
 * DSR-DELETE; GDPR Art. 19): one notice per processor, naming only the processor's own references
 * and the request, mailed to the processor's configured privacy address, or listed on the request
 * for staff to send when none is configured. Gathered before an erasure removes the references.
 */
@Component
public class ProcessorNotices {

	/** One notice as staff and the mail see it. */
	public record Notice(UUID id, String processor, String processorName, List<String> references, String kind, boolean mailed) {
	}

	private final List<ProcessorHoldings> holdings;

	private final ProcessorRegister register;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final RequestSettings settings;

	private final Clock clock;

	ProcessorNotices(List<ProcessorHoldings> holdings, ProcessorRegister register, JdbcClient jdbc,
			ApplicationEventPublisher events, RequestSettings settings, Clock clock) {
		this.holdings = holdings;
		this.register = register;
		this.jdbc = jdbc;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** Records and sends the notices for what the processors hold of these subjects; returns how many. */
	int tell(PrivacyRequest r, Set<SubjectId> subjects, String kind) {
		int told = 0;
		for (SubjectId subject : subjects) {
			for (ProcessorHoldings source : holdings) {
				for (Holding h : source.heldBy(subject)) {
					UUID id = UUID.randomUUID();
					boolean mailed = settings.processorContacts().containsKey(h.processor());
					jdbc.sql("insert into privacy_processor_notice (id, request_id, processor, refs, kind, created_at, mailed) "
							+ "values (?, ?, ?, ?, ?, ?, ?)")
						.params(id, r.id(), h.processor(), String.join(" ", h.references()), kind, Timestamp.from(clock.instant()),
								mailed)
						.update();
					if (mailed) {
						events.publishEvent(new ProcessorNotice(r.id(), id));
					}
					told++;
				}
			}
		}
		return told;
	}

	List<Notice> of(UUID request) {
		return jdbc.sql("select id, processor, refs, kind, mailed from privacy_processor_notice where request_id = ? order by processor")
			.param(request)
			.query((rs, n) -> notice(rs.getObject("id", UUID.class), rs.getString("processor"), rs.getString("refs"),
					rs.getString("kind"), rs.getBoolean("mailed")))
			.list();
	}

	Optional<Notice> find(UUID notice) {
		return jdbc.sql("select id, processor, refs, kind, mailed from privacy_processor_notice where id = ?").param(notice)
			.query((rs, n) -> notice(rs.getObject("id", UUID.class), rs.getString("processor"), rs.getString("refs"),
					rs.getString("kind"), rs.getBoolean("mailed")))
			.optional();
	}

	Optional<String> contact(String processor) {
		return Optional.ofNullable(settings.processorContacts().get(processor));
	}

	private Notice notice(UUID id, String processor, String refs, String kind, boolean mailed) {
		String name = register.processor(processor).map(p -> p.name()).orElse(processor);
		return new Notice(id, processor, name, List.of(refs.split(" ")), kind, mailed);
	}
}
