package com.wtigg.store.cart.web;

import java.util.Optional;

/**
 * Reads numbers typed into the cart's forms.
 */
final class Quantity {

	private Quantity() {
	}

	/** A whole number from 0 to 9999, or empty for anything else. */
	static Optional<Integer> parse(String text) {
		String value = text == null ? "" : text.strip();
		return value.matches("\\d{1,4}") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
	}

	static Optional<Long> parseId(String text) {
		return text != null && text.matches("\\d{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
	}
}
