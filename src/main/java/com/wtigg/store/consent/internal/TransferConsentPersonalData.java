package com.wtigg.store.consent.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
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
 * What transfer consents hold (RET-CONSENT): kept until withdrawn or the subject's erasure; a
 * withdrawn consent is kept as proof of what was agreed for {@code store.consent.withdrawn-kept-years}.
 */
@Component
class TransferConsentPersonalData implements PersonalDataHolder {

	private static final String PROOF = "showing that a transfer abroad had the subject's separate consent";

	private final JdbcClient jdbc;

	private final int keptYears;

	TransferConsentPersonalData(JdbcClient jdbc, @Value("${store.consent.withdrawn-kept-years:3}") int keptYears) {
		this.jdbc = jdbc;
		this.keptYears = keptYears;
	}

	@Override
	public Inventory inventory() {
		String retention = "until withdrawn or the subject's erasure; a withdrawn consent is kept as proof for " + keptYears
				+ " years after its withdrawal";
		return new Inventory(List.of(
				field("transfer_consent.subject_id", DataCategory.IDENTIFIER, retention),
				field("transfer_consent.processor_ids", DataCategory.CONSENT, retention),
				field("transfer_consent.purposes", DataCategory.CONSENT, retention),
				field("transfer_consent.categories", DataCategory.CONSENT, retention),
				field("transfer_consent.policy_version", DataCategory.CONSENT, retention),
				field("transfer_consent.source", DataCategory.CONSENT, retention),
				field("transfer_consent.given_at", DataCategory.CONSENT, retention),
				field("transfer_consent.withdrawn_at", DataCategory.CONSENT, retention),
				field("transfer_consent.browser_family", DataCategory.AUTOMATIC, retention)),
				List.of("transfer_consent.id"));
	}

	private static PersonalField field(String column, DataCategory category, String retention) {
		return new PersonalField(column, category, PROOF, LegalBasis.LEGAL_OBLIGATION, retention, ErasureAction.DELETE);
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		List<List<String>> rows = jdbc.sql("""
				select processor_ids, purposes, categories, policy_version, source, browser_family, given_at, withdrawn_at
				from transfer_consent where subject_id = ? order by given_at
				""")
			.param(subject.value()).query(TransferConsentPersonalData::row).list();
		export.add("transfer_consent", List.of("processors", "purposes", "categories", "policy_version", "source", "browser",
				"given_at", "withdrawn_at"), rows);
	}

	private static List<String> row(ResultSet rs, int n) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return List.of(joined(rs.getArray("processor_ids")), joined(rs.getArray("purposes")), joined(rs.getArray("categories")),
				rs.getString("policy_version"), rs.getString("source"),
				rs.getString("browser_family") == null ? "" : rs.getString("browser_family"),
				rs.getTimestamp("given_at").toInstant().toString(), withdrawn == null ? "" : withdrawn.toInstant().toString());
	}

	private static String joined(Array array) throws SQLException {
		return String.join(" ", (String[]) array.getArray());
	}

	@Override
	@Transactional
	public void erase(SubjectId subject) {
		jdbc.sql("delete from transfer_consent where subject_id = ?").param(subject.value()).update();
	}

	@Override
	@Transactional
	public int purgeExpired(Instant now) {
		Instant cutoff = now.atOffset(ZoneOffset.UTC).minusYears(keptYears).toInstant();
		return jdbc.sql("delete from transfer_consent where withdrawn_at < ?").param(Timestamp.from(cutoff)).update();
	}
}
