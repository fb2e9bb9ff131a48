package com.wtigg.store.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wtigg.store.payment.PaymentRequest;
import com.wtigg.store.payment.PaymentSummary.State;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;

/**
 * The payment table. Callers lock an order's row ({@link #lock}) before they change it, so a
 * shopper's return and webhooks for the same payment take turns.
 */
@Repository
class Payments {

	private static final String COLUMNS = "order_id, subject_id, gateway, order_number, amount_cents, attempt, reference, "
			+ "capture_reference, state, card_brand, card_last4, captured_cents, refunded_cents";

	private final JdbcClient jdbc;

	Payments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the order's payment unless it exists; returns whether it was created. */
	boolean createIfAbsent(PaymentRequest request, String gateway) {
		return jdbc.sql("""
				insert into payment (order_id, subject_id, gateway, order_number, amount_cents, state)
				values (?, ?, ?, ?, ?, 'STARTED') on conflict (order_id) do nothing
				""")
			.params(request.orderId(), request.subject().value(), gateway, request.orderNumber(), request.amount().cents())
			.update() == 1;
	}

	Optional<PaymentRecord> lock(UUID orderId) {
		return jdbc.sql("select " + COLUMNS + " from payment where order_id = ? for update").param(orderId)
			.query(Payments::record).optional();
	}

	Optional<PaymentRecord> find(UUID orderId) {
		return jdbc.sql("select " + COLUMNS + " from payment where order_id = ?").param(orderId)
			.query(Payments::record).optional();
	}

	/** Locks the payment the processor knows by this reference or, when it names none, by its capture's reference. */
	Optional<PaymentRecord> lockByReference(String gateway, @Nullable String reference, @Nullable String captureReference) {
		if (reference == null && captureReference == null) {
			return Optional.empty();
		}
		if (reference != null) {
			return jdbc.sql("select " + COLUMNS + " from payment where order_id = "
					+ "(select order_id from payment_attempt where gateway = ? and reference = ?) for update")
				.params(gateway, reference).query(Payments::record).optional();
		}
		return jdbc.sql("select " + COLUMNS + " from payment where gateway = ? and capture_reference = ? for update")
			.params(gateway, captureReference).query(Payments::record).optional();
	}

	/** A new attempt of the payment (after a decline or cancellation, or with another gateway). */
	void restart(UUID orderId, String gateway, Money amount, int attempt) {
		jdbc.sql("""
				update payment set gateway = ?, amount_cents = ?, attempt = ?, reference = null, state = 'STARTED',
				updated_at = now() where order_id = ?
				""")
			.params(gateway, amount.cents(), attempt, orderId).update();
	}

	/** The processor's reference of the current attempt; every reference the order had stays known. */
	void started(UUID orderId, String gateway, String reference) {
		jdbc.sql("update payment set reference = ?, updated_at = now() where order_id = ?").params(reference, orderId).update();
		jdbc.sql("insert into payment_attempt (gateway, reference, order_id) values (?, ?, ?) on conflict do nothing")
			.params(gateway, reference, orderId).update();
	}

	/** Marks the payment captured by the attempt {@code reference} (which refunds then go through). */
	void captured(UUID orderId, String reference, @Nullable String captureReference, Money amount, byte @Nullable [] brand,
			byte @Nullable [] last4) {
		jdbc.sql("""
				update payment set state = 'CAPTURED', reference = ?, capture_reference = coalesce(?, capture_reference),
				captured_cents = ?, card_brand = coalesce(?, card_brand), card_last4 = coalesce(?, card_last4),
				updated_at = now() where order_id = ?
				""")
			.params(reference, captureReference, amount.cents(), brand, last4, orderId).update();
	}

	void card(UUID orderId, byte[] brand, byte[] last4) {
		jdbc.sql("update payment set card_brand = ?, card_last4 = ?, updated_at = now() where order_id = ?")
			.params(brand, last4, orderId).update();
	}

	void state(UUID orderId, State state) {
		jdbc.sql("update payment set state = ?, updated_at = now() where order_id = ?").params(state.name(), orderId).update();
	}

	/** Adds a refund under its key; false when that key was already refunded. */
	boolean addRefund(UUID orderId, String refundKey, Money amount, @Nullable String processorReference) {
		int added = jdbc.sql("""
				insert into payment_refund (refund_key, order_id, amount_cents, processor_reference) values (?, ?, ?, ?)
				on conflict (refund_key) do nothing
				""")
			.params(refundKey, orderId, amount.cents(), processorReference).update();
		if (added == 1) {
			jdbc.sql("""
					update payment set refunded_cents = refunded_cents + ?,
					state = case when refunded_cents + ? >= captured_cents then 'REFUNDED' else state end, updated_at = now()
					where order_id = ?
					""")
				.params(amount.cents(), amount.cents(), orderId).update();
		}
		return added == 1;
	}

	boolean refunded(String refundKey) {
		return jdbc.sql("select count(*) from payment_refund where refund_key = ?").param(refundKey)
			.query(Integer.class).single() > 0;
	}

	/** Records a webhook event as handled; false when it already was. */
	boolean firstDelivery(String gateway, String eventId) {
		return jdbc.sql("insert into payment_webhook_event (gateway, event_id) values (?, ?) on conflict do nothing")
			.params(gateway, eventId).update() == 1;
	}

	private static PaymentRecord record(ResultSet rs, int row) throws SQLException {
		return new PaymentRecord(rs.getObject("order_id", UUID.class), new SubjectId(rs.getObject("subject_id", UUID.class)),
				rs.getString("gateway"), rs.getString("order_number"), new Money(rs.getLong("amount_cents")),
				rs.getInt("attempt"), rs.getString("reference"), rs.getString("capture_reference"),
				State.valueOf(rs.getString("state")), rs.getBytes("card_brand"), rs.getBytes("card_last4"),
				new Money(rs.getLong("captured_cents")), new Money(rs.getLong("refunded_cents")));
	}
}
