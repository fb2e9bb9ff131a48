package com.wtigg.store.cart.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.wtigg.store.cart.CartApi;
import com.wtigg.store.shared.web.CartBadge;

/**
 * The number in the header's cart link; asks the database only when the shopper has a cart.
 */
@Component
class CartCountBadge implements CartBadge {

	private final CartApi carts;

	CartCountBadge(CartApi carts) {
		this.carts = carts;
	}

	@Override
	public int itemCount(HttpServletRequest request) {
		return CartCookie.read(request).map(carts::itemCount).orElse(0);
	}
}
