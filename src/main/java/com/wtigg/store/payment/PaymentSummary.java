package com.wtigg.store.payment;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.Money;

/**
 * An order's payment as staff and the buyer see it. The card's brand and last four digits are all
 * the store knows of the card (COL-ORDER), kept encrypted under the buyer's key.
 */
public record PaymentSummary(String gateway, State state, @Nullable String cardBrand, @Nullable String cardLast4,
		Money captured, Money refunded) {

	public enum State {
		STARTED, DECLINED, CAPTURED, REFUNDED, CANCELLED
	}

	@Override
	public String toString() {
		return "PaymentSummary[" + gateway + ", " + state + "]";
	}
}
