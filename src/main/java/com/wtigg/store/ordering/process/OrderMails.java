package com.wtigg.store.ordering.process;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.wtigg.store.ordering.OrderMailView;
import com.wtigg.store.ordering.OrderingApi;
import com.wtigg.store.ordering.domain.OrderView;
import com.wtigg.store.ordering.persistence.OrderRepository;

/**
 * What an order's mails show, read when the mail is written (the event carries ids only).
 */
@Service
class OrderMails implements OrderingApi {

	private final OrderRepository orders;

	OrderMails(OrderRepository orders) {
		this.orders = orders;
	}

	@Override
	public Optional<OrderMailView> mailView(UUID orderId) {
		return orders.find(orderId).filter(o -> o.email() != null && o.shippingAddress() != null).map(OrderMails::view);
	}

	private static OrderMailView view(OrderView o) {
		var lines = o.lines().stream().map(l -> new OrderMailView.Line(l.name(), l.quantity(), l.price())).toList();
		return new OrderMailView(o.email(), o.shippingAddress().recipient(), o.language(), o.number(), o.placedAt(), lines,
				o.subtotal(), o.shipping(), o.total(), o.shippingName().in(o.language()), o.carrier(), o.trackingNumber(),
				o.trackingLink() == null ? null : URI.create(o.trackingLink()),
				o.guest() ? "/orders/lookup" : "/account/orders/" + o.number());
	}
}
