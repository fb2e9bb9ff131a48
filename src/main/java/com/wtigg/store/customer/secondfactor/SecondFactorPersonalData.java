package com.wtigg.store.customer.secondfactor;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.ErasureAction;
import com.wtigg.store.privacy.Inventory;
import com.wtigg.store.privacy.LegalBasis;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;

/**
 * What the second factor keeps beside the account (the secret and recovery codes are declared
 * with the account): the count of wrong codes in a row and the last code's time step.
 */
@Component
class SecondFactorPersonalData implements PersonalDataHolder {

	private static final String PURPOSE = "the second sign-in factor: refusing a code used twice, ending a session after repeated wrong codes";

	private static final String RETENTION = "while the account is open; deleted with it";

	private final JdbcClient jdbc;

	SecondFactorPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Inventory inventory() {
		return new Inventory(List.of(field("second_factor_state.subject_id", DataCategory.IDENTIFIER),
				field("second_factor_state.failures", DataCategory.SECURITY),
				field("second_factor_state.last_step", DataCategory.SECURITY)), List.of());
	}

	private static PersonalField field(String column, DataCategory category) {
		return new PersonalField(column, category, PURPOSE, LegalBasis.LEGITIMATE_INTEREST, RETENTION, ErasureAction.DELETE);
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		List<List<String>> rows = jdbc.sql("select failures from second_factor_state where subject_id = ?")
			.param(subject.value()).query((rs, n) -> List.of(String.valueOf(rs.getInt("failures")))).list();
		if (!rows.isEmpty()) {
			export.add("second_factor", List.of("wrong_codes_in_a_row"), rows);
		}
	}

	@Override
	@Transactional
	public void erase(SubjectId subject) {
		jdbc.sql("delete from second_factor_state where subject_id = ?").param(subject.value()).update();
	}

	@Override
	public int purgeExpired(Instant now) {
		return 0;
	}
}
