package com.wtigg.store.consent.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.consent.ConsentApi;
import com.wtigg.store.consent.TransferConsent;
import com.wtigg.store.consent.TransferConsentRecord;
import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.Processor;
import com.wtigg.store.privacy.ProcessorRegister;
import com.wtigg.store.shared.SubjectId;

/**
 * Transfer consents in the {@code transfer_consent} table, each given and withdrawn written to the
 * audit log by subject id only.
 */
@Service
class TransferConsents implements ConsentApi {

	private static final String CHINA = "CN";

	private static final int BROWSER_MAX = 40;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ProcessorRegister register;

	private final Clock clock;

	TransferConsents(JdbcClient jdbc, AuditLog audit, ProcessorRegister register, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.register = register;
		this.clock = clock;
	}

	@Override
	public UUID recordTransfer(TransferConsent consent) {
		return recordTransfer(consent, null);
	}

	@Override
	@Transactional
	public UUID recordTransfer(TransferConsent consent, @Nullable String browserFamily) {
		check(consent);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into transfer_consent (id, subject_id, processor_ids, purposes, categories, policy_version, source,
				    browser_family, given_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, consent.subject().value(), sorted(consent.processorIds()), sorted(consent.purposes()),
					sorted(consent.categories()), consent.policyVersion(), consent.source(), browser(browserFamily),
					Timestamp.from(clock.instant()))
			.update();
		audit.record(new AuditEntry(actor(consent.subject()), "consent.transfer.given", consent.subject(), null, null));
		return id;
	}

	@Override
	public List<TransferConsentRecord> transferConsents(SubjectId subject) {
		return jdbc.sql("""
				select id, processor_ids, purposes, categories, policy_version, source, given_at, withdrawn_at
				from transfer_consent where subject_id = ? order by given_at desc, id
				""")
			.param(subject.value())
			.query((rs, n) -> new TransferConsentRecord(rs.getObject("id", UUID.class), texts(rs.getArray("processor_ids")),
					texts(rs.getArray("purposes")), texts(rs.getArray("categories")), rs.getString("policy_version"),
					rs.getString("source"), rs.getTimestamp("given_at").toInstant(),
					rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant()))
			.list();
	}

	private static List<String> texts(java.sql.Array array) throws java.sql.SQLException {
		return List.of((String[]) array.getArray());
	}

	@Override
	@Transactional
	public void withdrawTransfers(SubjectId subject) {
		int withdrawn = jdbc.sql("update transfer_consent set withdrawn_at = ? where subject_id = ? and withdrawn_at is null")
			.params(Timestamp.from(clock.instant()), subject.value()).update();
		if (withdrawn > 0) {
			audit.record(new AuditEntry(actor(subject), "consent.transfer.withdrawn", subject, null, null));
		}
	}

	@Override
	public boolean transferConsented(SubjectId subject, Set<String> processorIds) {
		if (processorIds.isEmpty()) {
			return true;
		}
		int covered = jdbc.sql("""
				select count(distinct p) from transfer_consent c cross join unnest(c.processor_ids) p
				where c.subject_id = ? and c.withdrawn_at is null and p = any(?)
				""")
			.params(subject.value(), sorted(processorIds)).query(Integer.class).single();
		return covered == processorIds.size();
	}

	@Override
	public List<Processor> recipientsOutsideChina(Set<String> processorIds) {
		processorIds.forEach(this::known);
		return register.processors().stream()
			.filter(p -> processorIds.contains(p.id()) && !CHINA.equals(p.country()))
			.toList();
	}

	private void check(TransferConsent consent) {
		if (consent.processorIds().isEmpty() || consent.purposes().isEmpty() || consent.categories().isEmpty()) {
			throw new IllegalArgumentException("A transfer consent names its processors, purposes and categories");
		}
		if (consent.policyVersion() == null || consent.policyVersion().isBlank() || consent.source() == null
				|| consent.source().isBlank()) {
			throw new IllegalArgumentException("A transfer consent names its policy version and source");
		}
		consent.processorIds().forEach(this::known);
		Set<String> categories = new HashSet<>(Arrays.stream(DataCategory.values()).map(Enum::name).toList());
		if (!categories.containsAll(consent.categories())) {
			throw new IllegalArgumentException("A transfer consent names data categories of the privacy policy only");
		}
	}

	private Processor known(String id) {
		return register.processor(id).orElseThrow(() -> new IllegalArgumentException("No processor " + id + " in the register"));
	}

	private static String[] sorted(Set<String> values) {
		return values.stream().sorted().toArray(String[]::new);
	}

	private static @Nullable String browser(@Nullable String family) {
		if (family == null || family.isBlank()) {
			return null;
		}
		String clean = family.strip();
		return clean.length() > BROWSER_MAX ? clean.substring(0, BROWSER_MAX) : clean;
	}

	private static String actor(SubjectId subject) {
		return "subject:" + subject;
	}
}
