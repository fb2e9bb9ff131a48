package com.wtigg.store.cart.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.wtigg.store.shared.web.StoreCookie;

/**
 * The necessary cookie that finds a shopper's cart: a random id and nothing else.
 */
final class CartCookie {

	private CartCookie() {
	}

	static Optional<UUID> read(HttpServletRequest request) {
		return StoreCookie.CART.uuidIn(request);
	}

	static void write(HttpServletRequest request, HttpServletResponse response, UUID cart) {
		StoreCookie.CART.set(request, response, cart.toString());
	}
}
