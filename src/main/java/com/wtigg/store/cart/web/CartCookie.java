package com.wtigg.store.cart.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import com.wtigg.store.shared.web.StoreCookie;

/**
 * The necessary cookie that finds a shopper's cart: a random id and nothing else.
 */
final class CartCookie {

	private CartCookie() {
	}

	static Optional<UUID> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (StoreCookie.CART.cookieName().equals(cookie.getName())) {
				return parse(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	static void write(HttpServletRequest request, HttpServletResponse response, UUID cart) {
		ResponseCookie cookie = ResponseCookie.from(StoreCookie.CART.cookieName(), cart.toString())
			.path("/")
			.maxAge(StoreCookie.CART.lifetime())
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private static Optional<UUID> parse(String value) {
		if (value == null || value.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
