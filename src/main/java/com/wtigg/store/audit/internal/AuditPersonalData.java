package com.wtigg.store.audit.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.ErasureAction;
import com.wtigg.store.privacy.Inventory;
import com.wtigg.store.privacy.LegalBasis;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;

/**
 * The audit log names people by id only. Its entries are kept when a person is erased: they are
 * the proof of how their data was handled, and the ids name no one once the rest is gone.
 */
@Component
class AuditPersonalData implements PersonalDataHolder {

	private static final String RETENTION = "as long as the audit log is kept";

	private final JdbcClient jdbc;

	AuditPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Inventory inventory() {
		return new Inventory(List.of(
				new PersonalField("audit_entry.subject_id", DataCategory.SECURITY, "proving how a person's data was handled",
						LegalBasis.LEGAL_OBLIGATION, RETENTION, ErasureAction.KEEP_PSEUDONYMOUS),
				new PersonalField("audit_entry.actor", DataCategory.SECURITY, "proving who handled personal data",
						LegalBasis.LEGAL_OBLIGATION, RETENTION, ErasureAction.KEEP_PSEUDONYMOUS)),
				List.of("audit_entry.seq", "audit_entry.occurred_at", "audit_entry.action", "audit_entry.purpose",
						"audit_entry.detail", "audit_entry.seal"));
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		List<List<String>> rows = jdbc.sql("""
				select occurred_at, action, coalesce(purpose, '') from audit_entry where subject_id = ? order by seq
				""")
			.param(subject.value())
			.query((rs, n) -> List.of(rs.getTimestamp(1).toInstant().toString(), rs.getString(2), rs.getString(3)))
			.list();
		export.add("audit", List.of("occurred_at", "action", "purpose"), rows);
	}

	@Override
	public void erase(SubjectId subject) {
		// Kept by design: see the inventory's erasure action.
	}

	@Override
	public int purgeExpired(Instant now) {
		return 0;
	}
}
