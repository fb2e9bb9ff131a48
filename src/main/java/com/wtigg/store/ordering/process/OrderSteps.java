package com.wtigg.store.ordering.process;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.cart.CartApi;
import com.wtigg.store.catalog.CatalogApi;
import com.wtigg.store.catalog.PieceFacts;
import com.wtigg.store.ordering.OrderMail;
import com.wtigg.store.ordering.domain.Order;
import com.wtigg.store.ordering.domain.OrderLine;
import com.wtigg.store.ordering.domain.OrderStateException;
import com.wtigg.store.ordering.domain.OrderStatus;
import com.wtigg.store.ordering.domain.OrderView;
import com.wtigg.store.ordering.persistence.DraftRepository;
import com.wtigg.store.ordering.persistence.OrderRepository;
import com.wtigg.store.payment.PaymentApi;
import com.wtigg.store.payment.PaymentOutcome;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.PostalAddress;
import com.wtigg.store.shipping.Shipment;
import com.wtigg.store.shipping.ShipmentRequest;
import com.wtigg.store.shipping.ShippingApi;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * The steps an order goes through after it was placed, each in one transaction with the mail
 * event it causes (published once: only the transaction whose conditional update made the step
 * publishes it).
 */
@Service
@Transactional
public class OrderSteps {

	private static final Logger log = LoggerFactory.getLogger(OrderSteps.class);

	private final OrderRepository orders;

	private final DraftRepository drafts;

	private final CatalogApi catalog;

	private final CartApi carts;

	private final PaymentApi payments;

	private final ApplicationEventPublisher events;

	private final ShippingApi shipping;

	OrderSteps(OrderRepository orders, DraftRepository drafts, CatalogApi catalog, CartApi carts, PaymentApi payments,
			ApplicationEventPublisher events, ShippingApi shipping) {
		this.shipping = shipping;
		this.orders = orders;
		this.drafts = drafts;
		this.catalog = catalog;
		this.carts = carts;
		this.payments = payments;
		this.events = events;
	}

	/**
	 * The payment was captured: a placed order becomes paid (once, however often this is called);
	 * a capture for an order that was cancelled meanwhile (its reservation expired) is refunded at
	 * once and the order flagged for staff.
	 */
	public void markPaid(UUID orderId) {
		OrderView order = orders.find(orderId).orElse(null);
		if (order == null) {
			return;
		}
		if (order.status() == OrderStatus.PLACED) {
			order.order().markPaid();
			if (orders.move(orderId, OrderStatus.PLACED, OrderStatus.PAID)) {
				events.publishEvent(new OrderMail.OrderConfirmed(orderId, order.subject()));
				orders.cartOf(orderId).ifPresent(cart -> {
					carts.removeBought(cart, quantities(order));
					drafts.delete(cart);
				});
			}
		}
		else if (order.status() == OrderStatus.CANCELLED && !order.everPaid()) {
			orders.markCapturedAfterCancel(orderId);
			orders.flag(orderId, "captured-after-cancel");
			log.warn("Order {} was paid after it was cancelled; refunding it", order.number());
			PaymentOutcome refund = payments.refund(orderId, order.total(), "cancelled-" + orderId);
			if (refund.succeeded()) {
				recordRefund(orderId, order.total(), "cancelled-" + orderId);
			}
		}
	}

	public void pack(UUID orderId) {
		OrderView order = find(orderId);
		order.order().pack();
		moveOrConflict(orderId, order.status(), OrderStatus.PACKED);
	}

	/** Hands the parcel to the carrier (idempotent per order there) and records its tracking number. */
	public Shipment ship(UUID orderId) {
		OrderView order = find(orderId);
		order.order().ship();
		PostalAddress to = order.shippingAddress();
		if (to == null) {
			throw new OrderStateException("order.refused.noAddress");
		}
		java.util.Map<Long, PieceFacts> facts = catalog.facts(order.lines().stream().map(OrderLine::pieceId).toList());
		int grams = Math.max(1, order.lines().stream()
			.mapToInt(l -> l.quantity() * (facts.containsKey(l.pieceId()) ? facts.get(l.pieceId()).weightGrams() : 50)).sum());
		Shipment shipment = shipping.ship(new ShipmentRequest(orderId, order.subject(), order.number(), order.shippingOption(),
				to.recipient(), to.line1(), to.line2(), to.city(), to.region(), to.postalCode(), to.country(),
				to.phone() != null ? to.phone() : order.phone(), grams, order.subtotal()));
		moveOrConflict(orderId, order.status(), OrderStatus.SHIPPED);
		orders.recordShipment(orderId, shipment.carrier(), shipment.trackingNumber(), shipment.trackingLink().toString(),
				shipment.labelPath());
		events.publishEvent(new OrderMail.OrderShipped(orderId, order.subject(), shipment.carrier(), shipment.trackingNumber()));
		return shipment;
	}

	public void deliver(UUID orderId) {
		OrderView order = find(orderId);
		order.order().deliver();
		moveOrConflict(orderId, order.status(), OrderStatus.DELIVERED);
	}

	/** Cancels before shipping: stock goes back, the started payment is cancelled, a paid one refunded in full. */
	public void cancel(UUID orderId) {
		OrderView order = find(orderId);
		Order cancelled = order.order().cancel();
		moveOrConflict(orderId, order.status(), OrderStatus.CANCELLED);
		order.lines().forEach(line -> catalog.release(line.pieceId(), line.quantity()));
		if (order.everPaid()) {
			refund(orderId, cancelled.refundable(), "cancel-" + orderId);
		}
		else {
			payments.cancel(orderId);
		}
	}

	/** Refunds through the gateway; idempotent per key. */
	public void refund(UUID orderId, Money amount, String refundKey) {
		OrderView order = find(orderId);
		order.order().refund(amount);
		PaymentOutcome outcome = payments.refund(orderId, amount, refundKey);
		if (!outcome.succeeded()) {
			throw new OrderStateException(outcome.messageKey() == null ? "order.refund.failed" : outcome.messageKey());
		}
		recordRefund(orderId, amount, refundKey);
	}

	/** A refund the gateway made (from the store or its own dashboard), recorded once per key. */
	public void recordRefund(UUID orderId, Money amount, String refundKey) {
		OrderView order = orders.find(orderId).orElse(null);
		if (order == null) {
			return;
		}
		Order after;
		try {
			after = order.order().refund(amount);
		}
		catch (OrderStateException e) {
			orders.flag(orderId, "refund-unexpected");
			after = order.order();
		}
		if (orders.recordRefund(orderId, refundKey, amount, order.status(), after.status())) {
			events.publishEvent(new OrderMail.OrderRefunded(orderId, order.subject(), amount, refundKey));
		}
	}

	/** Cancels an order whose reservation ran out, releasing its stock; the caller holds its row lock. */
	public void expire(UUID orderId) {
		OrderView order = find(orderId);
		if (order.status() != OrderStatus.PLACED) {
			return;
		}
		if (orders.move(orderId, OrderStatus.PLACED, OrderStatus.CANCELLED)) {
			order.lines().forEach(line -> catalog.release(line.pieceId(), line.quantity()));
		}
	}

	/** The order declined at the gateway: it is cancelled and its stock released, so the buyer's cart can be bought again. */
	public void declined(UUID orderId) {
		OrderView order = find(orderId);
		if (order.status() == OrderStatus.PLACED && orders.move(orderId, OrderStatus.PLACED, OrderStatus.CANCELLED)) {
			order.lines().forEach(line -> catalog.release(line.pieceId(), line.quantity()));
		}
	}

	private OrderView find(UUID orderId) {
		return orders.find(orderId).orElseThrow(NotFoundException::new);
	}

	private void moveOrConflict(UUID orderId, OrderStatus from, OrderStatus to) {
		if (!orders.move(orderId, from, to)) {
			throw new OrderStateException("order.refused.changed");
		}
	}

	private static java.util.Map<Long, Integer> quantities(OrderView order) {
		java.util.Map<Long, Integer> bought = new java.util.HashMap<>();
		for (OrderLine line : order.lines()) {
			bought.merge(line.pieceId(), line.quantity(), Integer::sum);
		}
		return bought;
	}
}
