package com.wtigg.store.payment.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.wtigg.store.payment.PaymentEvent.PaymentCaptured;
import com.wtigg.store.payment.PaymentEvent.PaymentRefunded;
import com.wtigg.store.payment.PaymentGateway.Card;
import com.wtigg.store.payment.PaymentSummary.State;
import com.wtigg.store.shared.Money;

/**
 * The changes a payment goes through, each made at most once whoever reports it (the shopper's
 * return or a webhook). Callers hold the payment's row lock, within the transaction that
 * publishes the event.
 */
@Component
class PaymentFacts {

	private final Payments payments;

	private final CardSeal seal;

	private final ApplicationEventPublisher events;

	PaymentFacts(Payments payments, CardSeal seal, ApplicationEventPublisher events) {
		this.payments = payments;
		this.seal = seal;
		this.events = events;
	}

	/** Marks the payment captured and publishes the capture, unless it already was. */
	boolean capture(PaymentRecord payment, @Nullable String reference, @Nullable String captureReference, Money amount,
			@Nullable Card card) {
		if (payment.taken()) {
			if (card != null && payment.cardBrand() == null) {
				payments.card(payment.orderId(), seal.brand(payment.subject(), card), seal.last4(payment.subject(), card));
			}
			return false;
		}
		String paid = reference != null ? reference : payment.reference();
		payments.captured(payment.orderId(), paid, captureReference, amount, seal.brand(payment.subject(), card),
				seal.last4(payment.subject(), card));
		events.publishEvent(new PaymentCaptured(payment.orderId(), payment.gateway(),
				captureReference != null ? captureReference : paid, amount));
		return true;
	}

	/** A decline of the current attempt leaves the order payable again; a late one changes nothing. */
	void declined(PaymentRecord payment, @Nullable String reference) {
		if (payment.state() == State.STARTED && payment.reference() != null && payment.reference().equals(reference)) {
			payments.state(payment.orderId(), State.DECLINED);
		}
	}

	/**
	 * The processor says this much was refunded in all: what the store had not recorded yet is
	 * recorded (as refunded under {@code refundKey}) and published.
	 */
	void refundedInAll(PaymentRecord payment, Money total, String refundKey, @Nullable String processorReference) {
		long missing = total.cents() - payment.refunded().cents();
		if (missing > 0 && payments.addRefund(payment.orderId(), refundKey, new Money(missing), processorReference)) {
			events.publishEvent(new PaymentRefunded(payment.orderId(), new Money(missing), refundKey));
		}
	}
}
