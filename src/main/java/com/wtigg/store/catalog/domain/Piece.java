package com.wtigg.store.catalog.domain;

import java.math.BigDecimal;
import java.time.Instant;

import com.wtigg.store.shared.LocalizedText;
import com.wtigg.store.shared.Money;

/**
 * One jade piece of the catalog with every attribute a buyer of jade asks about.
 *
 * @param innerDiameterMm a bangle's inner diameter, or {@code null}
 * @param ringSizeUs a ring's US size, or {@code null}
 */
public record Piece(
		long id,
		String slug,
		Category category,
		LocalizedText name,
		LocalizedText description,
		JadeType jadeType,
		Colour colour,
		Grade grade,
		String origin,
		BigDecimal innerDiameterMm,
		BigDecimal ringSizeUs,
		BigDecimal lengthMm,
		BigDecimal widthMm,
		BigDecimal thicknessMm,
		BigDecimal weightG,
		String certificateLab,
		String certificateNumber,
		Money price,
		int stock,
		boolean featured,
		Instant createdAt) {

	public boolean oneOfAKind() {
		return stock == 1;
	}

	public boolean soldOut() {
		return stock == 0;
	}

	public String imagePath() {
		return "/media/pieces/" + slug + ".svg";
	}
}
