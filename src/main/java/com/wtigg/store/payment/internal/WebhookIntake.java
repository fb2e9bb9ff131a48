package com.wtigg.store.payment.internal;

import java.util.Optional;

import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.payment.PaymentGateway;
import com.wtigg.store.payment.PaymentGateway.Notification;
import com.wtigg.store.shared.Money;

/**
 * Acts on verified webhook events. Each event id is acted on once; an event that arrives late
 * (a decline after the capture, a capture reported again) changes nothing.
 */
@Component
@DependsOn("gatewayChoice")
class WebhookIntake {

	/** What came of a delivery. */
	enum Result {
		/** Acted on, or known already: the processor may stop sending it. */
		ACCEPTED,
		/** It names no payment of this store: nothing changed. */
		UNKNOWN_PAYMENT
	}

	private final PaymentGateway gateway;

	private final Payments payments;

	private final PaymentFacts facts;

	WebhookIntake(PaymentGateway gateway, Payments payments, PaymentFacts facts) {
		this.gateway = gateway;
		this.payments = payments;
		this.facts = facts;
	}

	@Transactional
	public Result apply(Notification event) {
		Optional<PaymentRecord> found = payments.lockByReference(gateway.name(), event.reference(), event.captureReference());
		if (found.isEmpty()) {
			return Result.UNKNOWN_PAYMENT;
		}
		if (!payments.firstDelivery(gateway.name(), event.eventId())) {
			return Result.ACCEPTED;
		}
		PaymentRecord payment = found.get();
		switch (event.kind()) {
			case CAPTURED -> facts.capture(payment, event.reference(), event.captureReference(),
					event.amount() != null ? event.amount() : payment.amount(), event.card());
			case DECLINED -> facts.declined(payment, event.reference());
			case REFUNDED -> refunded(payment, event);
		}
		return Result.ACCEPTED;
	}

	/** A refund implies the capture, which may not have been reported yet. */
	private void refunded(PaymentRecord payment, Notification event) {
		if (facts.capture(payment, event.reference(), event.captureReference(), payment.amount(), event.card())) {
			payment = payments.lock(payment.orderId()).orElseThrow();
		}
		Money total = event.amount() != null ? event.amount() : payment.captured();
		facts.refundedInAll(payment, total, gateway.name() + ":" + event.eventId(), null);
	}
}
