package com.wtigg.store.privacy.restriction;

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
 * The restriction flag is itself personal data: it says that a person asked for it, and why.
 */
@Component
class RestrictionPersonalData implements PersonalDataHolder {

	private static final String RETENTION = "while the restriction holds";

	private final JdbcClient jdbc;

	RestrictionPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Inventory inventory() {
		return new Inventory(List.of(
				new PersonalField("privacy_restriction.subject_id", DataCategory.IDENTIFIER,
						"honouring a request to restrict processing", LegalBasis.LEGAL_OBLIGATION, RETENTION,
						ErasureAction.DELETE),
				new PersonalField("privacy_restriction.reason", DataCategory.CONSENT,
						"honouring a request to restrict processing", LegalBasis.LEGAL_OBLIGATION, RETENTION,
						ErasureAction.DELETE)),
				List.of("privacy_restriction.restricted_at"));
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		export.add("restriction", List.of("reason", "restricted_at"),
				jdbc.sql("select reason, restricted_at from privacy_restriction where subject_id = ?")
					.param(subject.value())
					.query((rs, n) -> List.of(rs.getString(1), rs.getTimestamp(2).toInstant().toString()))
					.list());
	}

	@Override
	public void erase(SubjectId subject) {
		jdbc.sql("delete from privacy_restriction where subject_id = ?").param(subject.value()).update();
	}

	@Override
	public int purgeExpired(Instant now) {
		return 0;
	}
}
