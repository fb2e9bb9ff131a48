package com.wtigg.store.cart.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.wtigg.store.cart.CartApi;
import com.wtigg.store.shared.web.CartBadge;

/**
 * The number in the header's cart link; asks the database only when the shopper has a cart, and
 * once per request (the page cache and the page itself both need it).
 */
@Component
class CartCountBadge implements CartBadge {

	private static final String COUNTED = CartCountBadge.class.getName() + ".count";

	private final CartApi carts;

	CartCountBadge(CartApi carts) {
		this.carts = carts;
	}

	@Override
	public int itemCount(HttpServletRequest request) {
		if (request.getAttribute(COUNTED) instanceof Integer counted) {
			return counted;
		}
		int count = CartCookie.read(request).map(carts::itemCount).orElse(0);
		request.setAttribute(COUNTED, count);
		return count;
	}
}
