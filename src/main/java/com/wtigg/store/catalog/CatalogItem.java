package com.wtigg.store.catalog;

import com.wtigg.store.shared.LocalizedText;
import com.wtigg.store.shared.Money;

/**
 * What other modules need to know of a piece: its name, price and current stock.
 *
 * @param imagePath the path of the piece's illustration
 */
public record CatalogItem(long id, String slug, LocalizedText name, Money price, int stock, String imagePath) {

	public boolean soldOut() {
		return stock == 0;
	}
}
