package com.wtigg.store.payment;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The payment events committed in any thread (the server's and the test's), for counting them.
 */
@TestConfiguration
public class PaymentEvents {

	private final List<PaymentEvent> events = new CopyOnWriteArrayList<>();

	@TransactionalEventListener
	void on(PaymentEvent event) {
		events.add(event);
	}

	public List<PaymentEvent.PaymentCaptured> captured(UUID order) {
		return of(PaymentEvent.PaymentCaptured.class, order);
	}

	public List<PaymentEvent.PaymentRefunded> refunded(UUID order) {
		return of(PaymentEvent.PaymentRefunded.class, order);
	}

	private <T extends PaymentEvent> List<T> of(Class<T> type, UUID order) {
		return events.stream().filter(type::isInstance).map(type::cast).filter(e -> e.orderId().equals(order)).toList();
	}
}
