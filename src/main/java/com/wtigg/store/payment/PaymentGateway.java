package com.wtigg.store.payment;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.Money;

/**
 * The SPI each payment processor's adapter implements (sandbox, Stripe, PayPal); one is chosen by
 * {@code store.payment.gateway}. An adapter talks to its processor only; the store's payment
 * records, idempotency and events are kept by the module around it. Every call that can charge or
 * refund carries an idempotency key, so repeating it never charges or refunds twice.
 */
public interface PaymentGateway {

	/** {@code sandbox}, {@code stripe} or {@code paypal}: the processor register's id. */
	String name();

	/**
	 * Starts attempt number {@code attempt} (1, 2, … after declines) of an order's payment; the same
	 * order and attempt give the same processor payment however often it is called.
	 */
	Attempt start(PaymentRequest request, int attempt);

	/** What became of the payment {@code reference} when the shopper came back with these parameters. */
	Charge confirm(String reference, Map<String, String> parameters);

	/** Refunds an amount of a captured payment; the processor sees {@code refundKey} as the idempotency key. */
	Charge refund(String reference, @Nullable String captureReference, Money amount, String refundKey);

	/**
	 * Verifies a webhook delivery (headers with lower-case names, the body exactly as received) and
	 * reads it: empty for an event of a kind payments do not act on.
	 *
	 * @throws WebhookRejected when the signature does not verify or the event is not for this store
	 */
	Optional<Notification> webhook(Map<String, String> headers, String body);

	/** Cancels a payment that was never captured; does nothing when the processor has nothing to cancel. */
	void cancel(String reference);

	/** A started payment: the processor's reference and how the shopper pays. */
	record Attempt(String reference, PaymentStart start) {
	}

	/**
	 * The processor's answer on a payment or refund.
	 *
	 * @param captureReference the processor's id of the capture (PayPal) or refund, when it has one
	 */
	record Charge(PaymentOutcome outcome, @Nullable String captureReference, @Nullable Card card) {

		public static Charge failed() {
			return new Charge(new PaymentOutcome(PaymentOutcome.Status.FAILED, "payment.failed"), null, null);
		}
	}

	/** All the store learns of a card: its brand and last four digits. */
	record Card(String brand, String last4) {

		@Override
		public String toString() {
			return "Card[" + brand + "]";
		}
	}

	/**
	 * A verified webhook event.
	 *
	 * @param reference the payment's reference as {@link Attempt#reference()} gave it, or null when
	 *        only the capture is named
	 * @param amount for a capture the amount captured; for a refund the total refunded so far
	 */
	record Notification(String eventId, Kind kind, @Nullable String reference, @Nullable String captureReference,
			@Nullable Money amount, @Nullable Card card) {

		/** What the event says happened. */
		public enum Kind {
			CAPTURED, DECLINED, REFUNDED
		}
	}

	/** A webhook delivery that failed verification or is not meant for this store; answered with 400. */
	final class WebhookRejected extends RuntimeException {

		public WebhookRejected(String reason) {
			super(reason, null, false, false);
		}
	}
}
