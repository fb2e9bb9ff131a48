package com.wtigg.store.cart.domain;

import com.wtigg.store.catalog.CatalogItem;
import com.wtigg.store.shared.Money;

/**
 * A piece in a cart, with its current price and stock.
 */
public record CartLine(CatalogItem item, int quantity) {

	public Money subtotal() {
		return item.price().times(quantity);
	}
}
