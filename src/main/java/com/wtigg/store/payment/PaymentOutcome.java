package com.wtigg.store.payment;

import org.jspecify.annotations.Nullable;

/**
 * What came of a payment or refund.
 *
 * @param messageKey for a failure, the message shown to the shopper or staff
 *        ({@code payment.declined}, {@code payment.insufficientFunds}, {@code payment.failed}, …)
 */
public record PaymentOutcome(Status status, @Nullable String messageKey) {

	public enum Status {
		/** Captured (or refunded). */
		SUCCEEDED,
		/** The processor has not decided yet; a webhook will tell. */
		PENDING,
		/** Refused; the shopper may try again with another card. */
		DECLINED,
		/** The processor could not be reached or answered with an error. */
		FAILED
	}

	public static PaymentOutcome success() {
		return new PaymentOutcome(Status.SUCCEEDED, null);
	}

	public boolean succeeded() {
		return status == Status.SUCCEEDED;
	}
}
