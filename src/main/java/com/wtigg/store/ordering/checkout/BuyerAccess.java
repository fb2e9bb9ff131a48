package com.wtigg.store.ordering.checkout;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import com.wtigg.store.ordering.domain.OrderView;
import com.wtigg.store.ordering.persistence.OrderRepository;
import com.wtigg.store.shared.crypto.RandomTokens;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.NotFoundException;
import com.wtigg.store.shared.web.StoreCookie;

/**
 * Who may open an order's payment and confirmation pages: the signed-in customer who placed it,
 * or the guest browser that placed it (its buyer cookie's digest is on the order). Anyone else
 * gets the page that does not exist.
 */
@Component
public class BuyerAccess {

	private final OrderRepository orders;

	BuyerAccess(OrderRepository orders) {
		this.orders = orders;
	}

	/** The order, if this request's shopper placed it; otherwise a 404. */
	public OrderView order(String id, HttpServletRequest request) {
		UUID orderId = parse(id).orElseThrow(NotFoundException::new);
		OrderView order = orders.find(orderId).orElseThrow(NotFoundException::new);
		if (!mayOpen(order, request)) {
			throw new NotFoundException();
		}
		return order;
	}

	boolean mayOpen(OrderView order, HttpServletRequest request) {
		Optional<SignedIn> me = SignedIn.current();
		if (me.isPresent()) {
			return me.get().subject().equals(order.subject());
		}
		return StoreCookie.BUYER.valueIn(request).filter(RandomTokens::wellFormed)
			.map(token -> orders.placedBy(order.id(), RandomTokens.digest(token))).orElse(false);
	}

	/** The digest to put on a guest's new order, setting the buyer cookie if the browser has none yet. */
	byte[] guestToken(HttpServletRequest request, HttpServletResponse response) {
		String token = StoreCookie.BUYER.valueIn(request).filter(RandomTokens::wellFormed).orElseGet(() -> {
			String fresh = RandomTokens.next();
			StoreCookie.BUYER.set(request, response, fresh);
			return fresh;
		});
		return RandomTokens.digest(token);
	}

	static Optional<UUID> parse(String id) {
		if (id == null || id.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
