package com.wtigg.store.ordering.process;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wtigg.store.payment.PaymentEvent;

/**
 * Orders follow their payments: a capture marks the order paid, a refund records it; both are
 * harmless when they come twice or after the shopper's return already did the same.
 */
@Component
class PaymentListener {

	private final OrderSteps steps;

	PaymentListener(OrderSteps steps) {
		this.steps = steps;
	}

	@ApplicationModuleListener
	void on(PaymentEvent.PaymentCaptured captured) {
		steps.markPaid(captured.orderId());
	}

	@ApplicationModuleListener
	void on(PaymentEvent.PaymentRefunded refunded) {
		steps.recordRefund(refunded.orderId(), refunded.amount(), refunded.refundKey());
	}
}
