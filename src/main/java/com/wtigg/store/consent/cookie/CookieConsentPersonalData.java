package com.wtigg.store.consent.cookie;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
 * What cookie consent records and sale/share opt-outs hold. Consent records are automatically
 * collected proof of a choice, kept {@code store.consent.cookie-choice-lifetime} (12 months,
 * RET-AUTO) and then deleted; a signed-in subject's sale/share opt-out is kept while it holds,
 * until the subject's erasure.
 */
@Component
class CookieConsentPersonalData implements PersonalDataHolder {

	private static final String PROOF = "proving which cookie choice or opt-out a visitor made, and honouring it";

	private static final String OPT_OUT = "honouring a signed-in customer's opt-out of sale and sharing on every browser";

	private final JdbcClient jdbc;

	private final Duration kept;

	CookieConsentPersonalData(JdbcClient jdbc, @Value("${store.consent.cookie-choice-lifetime:365d}") Duration kept) {
		this.jdbc = jdbc;
		this.kept = kept;
	}

	@Override
	public Inventory inventory() {
		String retention = kept.toDays() + " days after it was given, then deleted";
		String whileHolds = "while the opt-out holds, until the subject's erasure";
		return new Inventory(List.of(
				field("cookie_consent.subject_id", DataCategory.IDENTIFIER, PROOF, retention),
				field("cookie_consent.browser_id", DataCategory.IDENTIFIER, PROOF, retention),
				field("cookie_consent.analytics", DataCategory.CONSENT, PROOF, retention),
				field("cookie_consent.marketing", DataCategory.CONSENT, PROOF, retention),
				field("cookie_consent.sale_share_opt_out", DataCategory.CONSENT, PROOF, retention),
				field("cookie_consent.gpc", DataCategory.CONSENT, PROOF, retention),
				field("cookie_consent.policy_version", DataCategory.CONSENT, PROOF, retention),
				field("cookie_consent.method", DataCategory.CONSENT, PROOF, retention),
				field("cookie_consent.given_at", DataCategory.CONSENT, PROOF, retention),
				field("cookie_consent.browser_family", DataCategory.AUTOMATIC, PROOF, retention),
				field("cookie_consent.jurisdiction", DataCategory.AUTOMATIC, PROOF, retention),
				field("cookie_consent.language", DataCategory.AUTOMATIC, PROOF, retention),
				field("sale_share_opt_out.subject_id", DataCategory.IDENTIFIER, OPT_OUT, whileHolds),
				field("sale_share_opt_out.source", DataCategory.CONSENT, OPT_OUT, whileHolds),
				field("sale_share_opt_out.opted_out_at", DataCategory.CONSENT, OPT_OUT, whileHolds)),
				List.of("cookie_consent.id"));
	}

	private static PersonalField field(String column, DataCategory category, String purpose, String retention) {
		return new PersonalField(column, category, purpose, LegalBasis.LEGAL_OBLIGATION, retention, ErasureAction.DELETE);
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		List<List<String>> rows = jdbc.sql("""
				select given_at, method, analytics, marketing, sale_share_opt_out, gpc, policy_version, browser_family,
				    jurisdiction, language
				from cookie_consent where subject_id = ? order by given_at
				""").param(subject.value()).query(CookieConsentPersonalData::row).list();
		export.add("cookie_consent", List.of("given_at", "method", "analytics", "marketing", "sale_share_opt_out", "gpc",
				"policy_version", "browser", "jurisdiction", "language"), rows);
		List<List<String>> optOuts = jdbc.sql("select source, opted_out_at from sale_share_opt_out where subject_id = ?")
			.param(subject.value())
			.query((rs, n) -> List.of(rs.getString("source"), rs.getTimestamp("opted_out_at").toInstant().toString()))
			.list();
		export.add("sale_share_opt_out", List.of("source", "opted_out_at"), optOuts);
	}

	private static List<String> row(ResultSet rs, int n) throws SQLException {
		String browser = rs.getString("browser_family");
		return List.of(rs.getTimestamp("given_at").toInstant().toString(), rs.getString("method"),
				String.valueOf(rs.getBoolean("analytics")), String.valueOf(rs.getBoolean("marketing")),
				String.valueOf(rs.getBoolean("sale_share_opt_out")), String.valueOf(rs.getBoolean("gpc")),
				rs.getString("policy_version"), browser == null ? "" : browser, rs.getString("jurisdiction"),
				rs.getString("language"));
	}

	@Override
	@Transactional
	public void erase(SubjectId subject) {
		jdbc.sql("delete from cookie_consent where subject_id = ?").param(subject.value()).update();
		jdbc.sql("delete from sale_share_opt_out where subject_id = ?").param(subject.value()).update();
	}

	@Override
	@Transactional
	public int purgeExpired(Instant now) {
		return jdbc.sql("delete from cookie_consent where given_at < ?").param(Timestamp.from(now.minus(kept))).update();
	}
}
