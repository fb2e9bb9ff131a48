package com.wtigg.store.payment;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.wtigg.store.shared.Money;

/**
 * Payments as the ordering module sees them. Every call is idempotent per order: the order id is
 * the idempotency key sent to the processor, so a retried call never charges twice.
 */
public interface PaymentApi {

	/** The name of the configured gateway ({@code sandbox}, {@code stripe} or {@code paypal}), as in the processor register. */
	String gateway();

	/**
	 * Starts (or, for an order that has one, returns again) the payment of an order: where to send
	 * the shopper to enter the card, or what the page needs to show the processor's own field.
	 * After a decline or cancellation it starts a new attempt.
	 *
	 * @throws PaymentUnavailableException when the processor cannot be reached (nothing is charged)
	 */
	PaymentStart begin(PaymentRequest request);

	/**
	 * The shopper came back from the processor's page with these query parameters. A success is
	 * captured (and {@link PaymentEvent.PaymentCaptured} published) once, however often it is called.
	 */
	PaymentOutcome returned(UUID orderId, Map<String, String> parameters);

	/** Refunds an amount of a captured payment; idempotent per {@code refundKey}. */
	PaymentOutcome refund(UUID orderId, Money amount, String refundKey);

	/** What is known of an order's payment: the gateway, its state, the card's brand and last four digits. */
	Optional<PaymentSummary> summary(UUID orderId);

	/** Cancels a payment that was started but never captured (an expired reservation); no-op otherwise. */
	void cancel(UUID orderId);
}
