package com.wtigg.store.catalog.domain;

import com.wtigg.store.shared.LocalizedText;

/**
 * A kind of piece, such as bangles or pendants.
 */
public record Category(String slug, LocalizedText name, int position) {

	public boolean hasInnerDiameter() {
		return "bangles".equals(slug);
	}

	public boolean hasRingSize() {
		return "rings".equals(slug);
	}
}
