package com.wtigg.store.marketing.subscription;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;

/**
 * Subscribers, their consents and the campaigns mailed to them. Consent is kept until withdrawal
 * or erasure (RET-CONSENT); unconfirmed sign-ups go once their link expired. Erasure deletes it all
 * but the suppression digest, kept so that the address is never mailed again.
 */
@Component
class MarketingPersonalData implements PersonalDataHolder {

	private static final String PURPOSE = "sending the newsletter and new-collection alerts the person confirmed";

	private static final String RETENTION = "until consent is withdrawn or the person asks for erasure (RET-CONSENT); "
			+ "an unconfirmed sign-up until its link expires (7 days)";

	private static final String PROOF = "the record of a withdrawn consent (times, source, policy version; no address) "
			+ "until erasure, as proof that earlier mails were sent with consent (DSR-WITHDRAW)";

	private static final String SUPPRESSION = "kept after withdrawal and erasure, as a keyed digest only, to honour the "
			+ "objection: an import or a sign-up never mails the address again without a newly confirmed opt-in (RET-CONSENT)";

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	MarketingPersonalData(JdbcClient jdbc, SubjectCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public Inventory inventory() {
		List<PersonalField> fields = new ArrayList<>(List.of(
				field("marketing_subscriber.subject_id", DataCategory.IDENTIFIER, RETENTION),
				field("marketing_subscriber.email_enc", DataCategory.CONTACT, RETENTION),
				field("marketing_subscriber.email_index", DataCategory.CONTACT, RETENTION),
				field("marketing_subscriber.unsubscribe_hash", DataCategory.IDENTIFIER, RETENTION),
				field("marketing_subscriber.unsubscribe_sealed", DataCategory.IDENTIFIER, RETENTION),
				field("marketing_consent.subject_id", DataCategory.IDENTIFIER, PROOF),
				field("marketing_delivery.subject_id", DataCategory.IDENTIFIER, PROOF),
				new PersonalField("marketing_suppression.email_index", DataCategory.CONSENT,
						"never mailing an address that unsubscribed or was erased", LegalBasis.LEGAL_OBLIGATION,
						SUPPRESSION, ErasureAction.KEEP_PSEUDONYMOUS)));
		for (String column : List.of("topic", "source", "policy_version", "requested_at", "confirmed_at", "withdrawn_at",
				"withdrawn_how")) {
			fields.add(field("marketing_consent." + column, DataCategory.CONSENT, PROOF));
		}
		return new Inventory(fields, List.of("marketing_subscriber.language", "marketing_subscriber.created_at",
				"marketing_consent.id", "marketing_consent.channel", "marketing_consent.token_hash",
				"marketing_consent.expires_at", "marketing_delivery.campaign_id", "marketing_delivery.queued_at",
				"marketing_suppression.suppressed_at"));
	}

	private static PersonalField field(String column, DataCategory category, String retention) {
		return new PersonalField(column, category, PURPOSE, LegalBasis.CONSENT, retention, ErasureAction.DELETE);
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		export.add("marketing subscriber", List.of("email", "language"),
				jdbc.sql("select email_enc, language from marketing_subscriber where subject_id = ?").param(subject.value())
					.query((rs, n) -> List.of(cipher.decrypt(subject, Subscriptions.EMAIL, rs.getBytes(1)).orElse(""),
							rs.getString(2)))
					.list());
		export.add("marketing consent",
				List.of("topic", "channel", "source", "policy_version", "requested_at", "confirmed_at", "withdrawn_at", "withdrawn_how"),
				jdbc.sql("""
						select topic, channel, source, policy_version, requested_at, confirmed_at, withdrawn_at, withdrawn_how
						from marketing_consent where subject_id = ? order by requested_at
						""").param(subject.value()).query((rs, n) -> {
					List<String> row = new ArrayList<>();
					for (int i = 1; i <= 8; i++) {
						Object value = rs.getObject(i);
						row.add(value instanceof Timestamp t ? t.toInstant().toString() : value == null ? "" : value.toString());
					}
					return row;
				}).list());
		export.add("marketing mails", List.of("campaign", "queued_at"),
				jdbc.sql("select campaign_id, queued_at from marketing_delivery where subject_id = ? order by queued_at")
					.param(subject.value())
					.query((rs, n) -> List.of(rs.getString(1), rs.getTimestamp(2).toInstant().toString())).list());
	}

	/** Deletes everything of the subject; the address's digest goes (or stays) on the suppression list. */
	@Override
	@Transactional
	public void erase(SubjectId subject) {
		jdbc.sql("""
				insert into marketing_suppression (email_index)
				select email_index from marketing_subscriber where subject_id = ? on conflict do nothing
				""").param(subject.value()).update();
		jdbc.sql("delete from marketing_delivery where subject_id = ?").param(subject.value()).update();
		jdbc.sql("delete from marketing_consent where subject_id = ?").param(subject.value()).update();
		jdbc.sql("delete from marketing_subscriber where subject_id = ?").param(subject.value()).update();
	}

	/** Unconfirmed sign-ups whose link expired, and subscribers left without any live or pending consent. */
	@Override
	@Transactional
	public int purgeExpired(Instant now) {
		int pending = jdbc.sql("delete from marketing_consent where confirmed_at is null and expires_at <= ?")
			.param(Timestamp.from(now)).update();
		int subscribers = jdbc.sql("""
				delete from marketing_subscriber s where not exists
				  (select 1 from marketing_consent c where c.subject_id = s.subject_id and c.withdrawn_at is null)
				""").update();
		return pending + subscribers;
	}
}
