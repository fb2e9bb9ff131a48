package com.wtigg.store.ordering.checkout;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.wtigg.store.catalog.CatalogItem;
import com.wtigg.store.catalog.PieceFacts;
import com.wtigg.store.ordering.domain.OrderLine;
import com.wtigg.store.shared.Money;

/**
 * What a cart holds at this moment, priced from the catalog (never from a form).
 */
public record Basket(UUID cart, List<OrderLine> lines, Map<Long, CatalogItem> items, Map<Long, PieceFacts> facts) {

	public Money subtotal() {
		return lines.stream().map(OrderLine::subtotal).reduce(Money.ZERO, Money::plus);
	}

	public boolean hasRing() {
		return facts.values().stream().anyMatch(PieceFacts::ring);
	}

	public boolean hasBangle() {
		return facts.values().stream().anyMatch(PieceFacts::bangle);
	}

	public int weightGrams() {
		return lines.stream().mapToInt(l -> l.quantity() * facts.getOrDefault(l.pieceId(), new PieceFacts(0, "", 50)).weightGrams()).sum();
	}

	public Map<Long, Integer> quantities() {
		Map<Long, Integer> quantities = new java.util.LinkedHashMap<>();
		lines.forEach(l -> quantities.put(l.pieceId(), l.quantity()));
		return quantities;
	}
}
