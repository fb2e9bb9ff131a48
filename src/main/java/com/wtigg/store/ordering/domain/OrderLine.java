package com.wtigg.store.ordering.domain;

import com.wtigg.store.shared.LocalizedText;
import com.wtigg.store.shared.Money;

/**
 * A piece as it was bought: its id, its name in both languages and its price at the time.
 */
public record OrderLine(long pieceId, LocalizedText name, int quantity, Money price) {

	public Money subtotal() {
		return price.times(quantity);
	}
}
