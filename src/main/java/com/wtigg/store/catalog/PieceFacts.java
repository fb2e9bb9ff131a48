package com.wtigg.store.catalog;

/**
 * The kind and weight of a piece, for the questions checkout asks (a ring's size, a bangle's inner
 * diameter) and the parcel's weight.
 *
 * @param category the category's slug, such as {@code rings} or {@code bangles}
 */
public record PieceFacts(long id, String category, int weightGrams) {

	public boolean ring() {
		return "rings".equals(category);
	}

	public boolean bangle() {
		return "bangles".equals(category);
	}
}
