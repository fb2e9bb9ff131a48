package com.wtigg.store.ordering.checkout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import com.wtigg.store.catalog.CatalogApi;
import com.wtigg.store.ordering.domain.CheckoutDraft;
import com.wtigg.store.ordering.domain.NewOrder;
import com.wtigg.store.ordering.domain.OrderLine;
import com.wtigg.store.ordering.domain.OrderNumbers;
import com.wtigg.store.ordering.domain.Preferences;
import com.wtigg.store.ordering.persistence.OrderRepository;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shipping.ShippingOption;

/**
 * Places an order from a cart in one transaction: the order is inserted under the checkout key as
 * its id (a repeated submit finds it there and makes nothing new), and each piece is taken from
 * stock with a conditional update; if any piece is gone, nothing at all is kept.
 */
@Service
public class PlaceOrder {

	private final OrderRepository orders;

	private final CatalogApi catalog;

	private final Clock clock;

	private final Duration reservation;

	PlaceOrder(OrderRepository orders, CatalogApi catalog, Clock clock,
			@Value("${store.ordering.reservation-time:15m}") Duration reservation) {
		this.orders = orders;
		this.catalog = catalog;
		this.clock = clock;
		this.reservation = reservation;
	}

	/** What came of placing. */
	public sealed interface Placement {
	}

	/** The order exists now (made by this call, or by an earlier submit of the same key). */
	public record Placed(UUID orderId, boolean created) implements Placement {
	}

	/** A piece of the cart was bought by someone else first. */
	public record SoldOut(long pieceId) implements Placement {
	}

	/**
	 * @param guestTokenHash the digest of the guest's buyer cookie, null for a signed-in buyer
	 */
	@Transactional
	public Placement place(UUID orderId, Basket basket, SubjectId subject, CheckoutDraft draft, ShippingOption option,
			Locale language, byte @Nullable [] guestTokenHash) {
		if (orders.find(orderId).isPresent()) {
			return new Placed(orderId, false);
		}
		Instant now = clock.instant();
		NewOrder order = new NewOrder(orderId, OrderNumbers.next(), subject, basket.cart(), language, draft.email(),
				draft.phone(), draft.shipping(), draft.billingAddress(),
				Optional.ofNullable(draft.preferences()).orElse(Preferences.NONE), option.code(), option.name(),
				option.price(), basket.lines(), guestTokenHash, now, now.plus(reservation));
		if (!orders.insert(order)) {
			return new Placed(orderId, false);
		}
		for (OrderLine line : basket.lines()) {
			if (!catalog.reserve(line.pieceId(), line.quantity())) {
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
				return new SoldOut(line.pieceId());
			}
		}
		return new Placed(orderId, true);
	}
}
