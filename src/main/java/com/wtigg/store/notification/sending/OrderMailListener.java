package com.wtigg.store.notification.sending;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wtigg.store.ordering.OrderMail.OrderConfirmed;
import com.wtigg.store.ordering.OrderMail.OrderRefunded;
import com.wtigg.store.ordering.OrderMail.OrderShipped;
import com.wtigg.store.ordering.OrderingApi;

/**
 * Turns each order event into its mail to the buyer: the confirmation, the shipping notice with
 * its tracking number, the refund. Like the account mails, each runs after the publishing
 * transaction commits, the outbox delivers it again until it completes, and {@link MailDelivery}
 * sends it once. An order that is gone, or whose buyer's key was destroyed, gets no mail.
 */
@Component
class OrderMailListener {

	private final MailDelivery delivery;

	private final OrderingApi orders;

	private final OrderLetters letters;

	OrderMailListener(MailDelivery delivery, OrderingApi orders, OrderLetters letters) {
		this.delivery = delivery;
		this.orders = orders;
		this.letters = letters;
	}

	@ApplicationModuleListener
	void on(OrderConfirmed event) {
		delivery.once(event, () -> orders.mailView(event.orderId()).map(letters::confirmed));
	}

	@ApplicationModuleListener
	void on(OrderShipped event) {
		delivery.once(event, () -> orders.mailView(event.orderId()).map(order -> letters.shipped(event, order)));
	}

	@ApplicationModuleListener
	void on(OrderRefunded event) {
		delivery.once(event, () -> orders.mailView(event.orderId()).map(order -> letters.refunded(event, order)));
	}
}
