package com.wtigg.store.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.ordering.domain.Order;
import com.wtigg.store.ordering.domain.OrderNumbers;
import com.wtigg.store.ordering.domain.OrderStateException;
import com.wtigg.store.ordering.domain.OrderStatus;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;

/**
 * Every step of an order from every state: allowed ones lead where the business says, the rest
 * are refused with a reason and change nothing.
 */
@PolicyClause("SHOP-ORDERS")
class OrderStateMachineTest {

	private static final Money TOTAL = new Money(120_00);

	static Order in(OrderStatus status) {
		boolean paid = status != OrderStatus.PLACED;
		Money refunded = status == OrderStatus.REFUNDED ? TOTAL : Money.ZERO;
		return new Order(UUID.randomUUID(), OrderNumbers.next(), SubjectId.random(), status, TOTAL, refunded, paid);
	}

	private static void check(OrderStatus from, Set<OrderStatus> allowed, UnaryOperator<Order> step, OrderStatus to) {
		Order order = in(from);
		if (allowed.contains(from)) {
			assertThat(step.apply(order).status()).isEqualTo(to);
		}
		else {
			assertThatThrownBy(() -> step.apply(order)).isInstanceOf(OrderStateException.class);
		}
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void onlyAPlacedOrderBecomesPaid(OrderStatus from) {
		check(from, EnumSet.of(OrderStatus.PLACED), Order::markPaid, OrderStatus.PAID);
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void onlyAPaidOrderIsPacked(OrderStatus from) {
		check(from, EnumSet.of(OrderStatus.PAID), Order::pack, OrderStatus.PACKED);
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void onlyAPackedOrderShips(OrderStatus from) {
		check(from, EnumSet.of(OrderStatus.PACKED), Order::ship, OrderStatus.SHIPPED);
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void onlyAShippedOrderIsDelivered(OrderStatus from) {
		check(from, EnumSet.of(OrderStatus.SHIPPED), Order::deliver, OrderStatus.DELIVERED);
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void anOrderIsCancelledOnlyBeforeItShips(OrderStatus from) {
		check(from, EnumSet.of(OrderStatus.PLACED, OrderStatus.PAID, OrderStatus.PACKED), Order::cancel,
				OrderStatus.CANCELLED);
	}

	@ParameterizedTest
	@EnumSource(OrderStatus.class)
	void aFullRefundIsPossibleOnceItWasPaid(OrderStatus from) {
		Set<OrderStatus> allowed = EnumSet.of(OrderStatus.PAID, OrderStatus.PACKED, OrderStatus.SHIPPED,
				OrderStatus.DELIVERED, OrderStatus.CANCELLED);
		check(from, allowed, o -> o.refund(TOTAL), from == OrderStatus.CANCELLED ? OrderStatus.CANCELLED : OrderStatus.REFUNDED);
	}

	@Test
	void aPartialRefundKeepsTheStateAndLimitsWhatIsLeft() {
		Order part = in(OrderStatus.SHIPPED).refund(new Money(20_00));
		assertThat(part.status()).isEqualTo(OrderStatus.SHIPPED);
		assertThat(part.refundable()).isEqualTo(new Money(100_00));
		assertThatThrownBy(() -> part.refund(new Money(100_01))).isInstanceOf(OrderStateException.class)
			.extracting(e -> ((OrderStateException) e).messageKey()).isEqualTo("order.refund.tooMuch");
		assertThat(part.refund(new Money(100_00)).status()).isEqualTo(OrderStatus.REFUNDED);
	}

	@Test
	void aCancelledOrderThatWasNeverPaidHasNothingToRefund() {
		Order cancelled = in(OrderStatus.PLACED).cancel();
		assertThat(cancelled.refundable()).isEqualTo(Money.ZERO);
		assertThatThrownBy(() -> cancelled.refund(new Money(1))).isInstanceOf(OrderStateException.class);
	}

	@Test
	void orderNumbersAreReadableAndNotInSequence() {
		Set<String> numbers = new java.util.HashSet<>();
		for (int i = 0; i < 1000; i++) {
			numbers.add(OrderNumbers.next());
		}
		assertThat(numbers).hasSize(1000).allMatch(n -> n.matches("WT-[0-9A-HJKMNP-TV-Z]{8}"));
		assertThat(OrderNumbers.parse(" wt-ab12 cd3o ")).hasValue("WT-AB12CD30");
		assertThat(OrderNumbers.parse("WT-AB12")).isEmpty();
	}
}
