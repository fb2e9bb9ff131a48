package com.wtigg.store.cart.domain;

import java.util.List;

import com.wtigg.store.shared.Money;

/**
 * A cart as the shopper sees it, checked against current stock.
 *
 * @param notes what changed since the shopper last looked, such as a piece that sold out
 */
public record CartView(List<CartLine> lines, List<CartNote> notes) {

	public static CartView empty() {
		return new CartView(List.of(), List.of());
	}

	public Money total() {
		return lines.stream().map(CartLine::subtotal).reduce(Money.ZERO, Money::plus);
	}

	public int itemCount() {
		return lines.stream().mapToInt(CartLine::quantity).sum();
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}

	public CartView withNote(CartNote note) {
		List<CartNote> all = new java.util.ArrayList<>(notes);
		all.add(note);
		return new CartView(lines, List.copyOf(all));
	}
}
