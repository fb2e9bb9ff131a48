package com.wtigg.store.payment;

import java.util.UUID;

import com.wtigg.store.shared.Money;

/**
 * What payments tell the rest of the store, each published once per fact (a webhook delivered
 * three times, or a return and a webhook for the same capture, publish it once).
 */
public sealed interface PaymentEvent {

	UUID orderId();

	/** The order's amount was captured. */
	record PaymentCaptured(UUID orderId, String gateway, String reference, Money amount) implements PaymentEvent {
	}

	/** An amount was refunded. */
	record PaymentRefunded(UUID orderId, Money amount, String refundKey) implements PaymentEvent {
	}
}
