package com.wtigg.store.ordering.process;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.wtigg.store.ordering.OrderMailView;
import com.wtigg.store.ordering.OrderSummary;
import com.wtigg.store.ordering.OrderingApi;
import com.wtigg.store.ordering.domain.OrderNumbers;
import com.wtigg.store.ordering.domain.OrderView;
import com.wtigg.store.ordering.persistence.OrderRepository;
import com.wtigg.store.shared.SubjectId;

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

	@Override
	public Optional<OrderSummary> orderOf(SubjectId buyer, String number) {
		return OrderNumbers.parse(number).flatMap(orders::findByNumber).filter(o -> o.subject().equals(buyer))
			.map(o -> new OrderSummary(o.id(), o.number(), o.status().column(), o.placedAt(), o.total()));
	}

	@Override
	public Optional<OrderSummary> orderPlacedWith(String email, String number) {
		return OrderNumbers.parse(number).flatMap(n -> orders.idByEmail(email, n)).flatMap(orders::find)
			.map(o -> new OrderSummary(o.id(), o.number(), o.status().column(), o.placedAt(), o.total()));
	}

	@Override
	public List<OrderSummary> ordersOf(SubjectId buyer) {
		return orders.ofSubject(buyer).stream()
			.map(r -> new OrderSummary(r.id(), r.number(), r.status().column(), r.placedAt(), r.total())).toList();
	}

	private static OrderMailView view(OrderView o) {
		var lines = o.lines().stream().map(l -> new OrderMailView.Line(l.name(), l.quantity(), l.price())).toList();
		return new OrderMailView(o.email(), o.shippingAddress().recipient(), o.language(), o.number(), o.placedAt(), lines,
				o.subtotal(), o.shipping(), o.total(), o.shippingName().in(o.language()), o.carrier(), o.trackingNumber(),
				o.trackingLink() == null ? null : URI.create(o.trackingLink()),
				o.guest() ? "/orders/lookup" : "/account/orders/" + o.number());
	}
}
