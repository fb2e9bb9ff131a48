package com.wtigg.store.payment.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.payment.PaymentSummary.State;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;

/**
 * An order's payment as stored (the card's brand and last digits stay encrypted here).
 */
record PaymentRecord(UUID orderId, SubjectId subject, String gateway, String orderNumber, Money amount, int attempt,
		@Nullable String reference, @Nullable String captureReference, State state, byte @Nullable [] cardBrand,
		byte @Nullable [] cardLast4, Money captured, Money refunded) {

	/** A payment whose money the processor took (and may have given back in part or whole). */
	boolean taken() {
		return state == State.CAPTURED || state == State.REFUNDED;
	}

	@Override
	public String toString() {
		return "PaymentRecord[order=" + orderId + ", " + gateway + ", " + state + "]";
	}
}
