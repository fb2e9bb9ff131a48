package com.wtigg.store.payment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

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
 * What payments hold about a buyer: each order's payment with the processor's references and
 * amounts (kept for tax law when the buyer asks for erasure, restricted and without the card), and
 * the card's brand and last four digits, encrypted under the buyer's key and deleted on erasure.
 */
@Component
class PaymentPersonalData implements PersonalDataHolder {

	/** RET-ORDERS: seven years after the buyer's last payment activity. */
	static final int RETENTION_YEARS = 7;

	private static final String RETENTION = "7 years after the buyer's last order activity (RET-ORDERS)";

	private static final String TAX = "keeping the records of sales that tax law requires";

	private final JdbcClient jdbc;

	private final CardSeal seal;

	PaymentPersonalData(JdbcClient jdbc, CardSeal seal) {
		this.jdbc = jdbc;
		this.seal = seal;
	}

	@Override
	public Inventory inventory() {
		return new Inventory(List.of(
				new PersonalField("payment.subject_id", DataCategory.IDENTIFIER, "linking a payment to its buyer",
						LegalBasis.CONTRACT, RETENTION, ErasureAction.KEEP_PSEUDONYMOUS),
				new PersonalField("payment.order_number", DataCategory.PURCHASES, TAX, LegalBasis.LEGAL_OBLIGATION, RETENTION,
						ErasureAction.KEEP_FOR_LAW),
				new PersonalField("payment.amount_cents", DataCategory.PURCHASES, TAX, LegalBasis.LEGAL_OBLIGATION, RETENTION,
						ErasureAction.KEEP_FOR_LAW),
				new PersonalField("payment.reference", DataCategory.PURCHASES, "the processor's reference of the payment, "
						+ "for refunds and disputes", LegalBasis.LEGAL_OBLIGATION, RETENTION, ErasureAction.KEEP_FOR_LAW),
				new PersonalField("payment.capture_reference", DataCategory.PURCHASES, "the processor's reference of the "
						+ "capture, for refunds and disputes", LegalBasis.LEGAL_OBLIGATION, RETENTION, ErasureAction.KEEP_FOR_LAW),
				new PersonalField("payment.card_brand", DataCategory.PURCHASES, "showing the buyer and staff which card paid "
						+ "(COL-ORDER), encrypted", LegalBasis.CONTRACT, RETENTION, ErasureAction.DELETE),
				new PersonalField("payment.card_last4", DataCategory.PURCHASES, "showing the buyer and staff which card paid "
						+ "(COL-ORDER), encrypted", LegalBasis.CONTRACT, RETENTION, ErasureAction.DELETE),
				new PersonalField("payment.captured_cents", DataCategory.PURCHASES, TAX, LegalBasis.LEGAL_OBLIGATION, RETENTION,
						ErasureAction.KEEP_FOR_LAW),
				new PersonalField("payment.refunded_cents", DataCategory.PURCHASES, TAX, LegalBasis.LEGAL_OBLIGATION, RETENTION,
						ErasureAction.KEEP_FOR_LAW),
				new PersonalField("payment_attempt.reference", DataCategory.PURCHASES, "finding the order of a processor's "
						+ "late report on an earlier attempt", LegalBasis.LEGAL_OBLIGATION, RETENTION, ErasureAction.KEEP_FOR_LAW),
				new PersonalField("payment_refund.amount_cents", DataCategory.PURCHASES, TAX, LegalBasis.LEGAL_OBLIGATION,
						RETENTION, ErasureAction.KEEP_FOR_LAW)),
				List.of("payment.order_id", "payment.gateway", "payment.attempt", "payment.state", "payment.restricted",
						"payment.created_at", "payment.updated_at", "payment_refund.refund_key", "payment_refund.order_id",
						"payment_refund.processor_reference", "payment_refund.created_at", "payment_attempt.gateway",
						"payment_attempt.order_id", "payment_attempt.created_at"));
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		List<List<String>> rows = jdbc.sql("""
				select order_id, order_number, gateway, state, amount_cents, captured_cents, refunded_cents, card_brand,
				card_last4, created_at from payment where subject_id = ? order by created_at
				""")
			.param(subject.value())
			.query((rs, n) -> List.of(rs.getObject(1, UUID.class).toString(), rs.getString(2), rs.getString(3),
					rs.getString(4), cents(rs.getLong(5)), cents(rs.getLong(6)), cents(rs.getLong(7)),
					orEmpty(seal.read(subject, CardSeal.BRAND, rs.getBytes(8))),
					orEmpty(seal.read(subject, CardSeal.LAST4, rs.getBytes(9))), rs.getTimestamp(10).toInstant().toString()))
			.list();
		export.add("payments", List.of("order_id", "order_number", "gateway", "state", "amount", "captured", "refunded",
				"card_brand", "card_last4", "created_at"), rows);
	}

	/** Tax law keeps the amounts and references, restricted; the card's brand and digits go. */
	@Override
	@Transactional
	public void erase(SubjectId subject) {
		jdbc.sql("update payment set card_brand = null, card_last4 = null, restricted = true where subject_id = ?")
			.param(subject.value()).update();
	}

	@Override
	@Transactional
	public int purgeExpired(Instant now) {
		Instant cutoff = now.atZone(ZoneOffset.UTC).minusYears(RETENTION_YEARS).toInstant();
		return jdbc.sql("""
				delete from payment where subject_id in (
				    select subject_id from payment group by subject_id having max(updated_at) < ?)
				""")
			.param(Timestamp.from(cutoff)).update();
	}

	private static String cents(long cents) {
		return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
