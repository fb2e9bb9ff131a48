package com.wtigg.store.ordering.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;

/**
 * An order's state and money, with the business's steps as methods: each returns the order after
 * the step, or refuses with {@link OrderStateException} when the state does not allow it.
 *
 * @param everPaid whether its amount was ever captured (a cancelled order may still owe a refund)
 */
public record Order(UUID id, String number, SubjectId subject, OrderStatus status, Money total, Money refunded,
		boolean everPaid) {

	private static final Set<OrderStatus> CANCELLABLE = EnumSet.of(OrderStatus.PLACED, OrderStatus.PAID, OrderStatus.PACKED);

	/** The capture arrived: placed becomes paid. */
	public Order markPaid() {
		require(status == OrderStatus.PLACED, "order.refused.notPlaced");
		return new Order(id, number, subject, OrderStatus.PAID, total, refunded, true);
	}

	public Order pack() {
		require(status == OrderStatus.PAID, "order.refused.notPaid");
		return with(OrderStatus.PACKED);
	}

	public Order ship() {
		require(status == OrderStatus.PACKED, "order.refused.notPacked");
		return with(OrderStatus.SHIPPED);
	}

	public Order deliver() {
		require(status == OrderStatus.SHIPPED, "order.refused.notShipped");
		return with(OrderStatus.DELIVERED);
	}

	/** Cancelled before it left; stock goes back, and a paid order is then refunded in full. */
	public Order cancel() {
		require(CANCELLABLE.contains(status), "order.refused.notCancellable");
		return with(OrderStatus.CANCELLED);
	}

	/**
	 * Gives back part or all of what was paid; the whole amount makes it refunded (a cancelled order
	 * stays cancelled).
	 */
	public Order refund(Money amount) {
		require(status.paid() || status == OrderStatus.CANCELLED && everPaid, "order.refused.notRefundable");
		require(amount.cents() > 0, "order.refund.amountInvalid");
		require(amount.compareTo(refundable()) <= 0, "order.refund.tooMuch");
		Money after = refunded.plus(amount);
		OrderStatus next = after.equals(total) && status != OrderStatus.CANCELLED ? OrderStatus.REFUNDED : status;
		return new Order(id, number, subject, next, total, after, everPaid);
	}

	/** What may still be refunded. */
	public Money refundable() {
		return everPaid ? new Money(total.cents() - refunded.cents()) : Money.ZERO;
	}

	private Order with(OrderStatus next) {
		return new Order(id, number, subject, next, total, refunded, everPaid);
	}

	private static void require(boolean allowed, String messageKey) {
		if (!allowed) {
			throw new OrderStateException(messageKey);
		}
	}
}
