package com.wtigg.store.catalog.web;

import java.math.BigDecimal;
import java.util.Locale;

import com.wtigg.store.catalog.domain.Piece;

/**
 * A piece as the JSON API shows it.
 *
 * @param name the name in the language of the request's Accept-Language
 * @param price the price in US dollars
 * @param innerDiameterMm a bangle's inner diameter, otherwise absent
 * @param ringSizeUs a ring's US size, otherwise absent
 */
public record ProductJson(String slug, String name, Names names, BigDecimal price, String currency, String category,
		int stock, String jadeType, String colour, String treatmentGrade, String origin, BigDecimal innerDiameterMm,
		BigDecimal ringSizeUs, String certificateLab, String certificateNumber, String url, String image) {

	/** The name in both of the store's languages. */
	public record Names(String en, String zh) {
	}

	static ProductJson of(Piece piece, Locale locale) {
		return new ProductJson(piece.slug(), piece.name().in(locale), new Names(piece.name().en(), piece.name().zh()),
				piece.price().dollars(), "USD", piece.category().slug(), piece.stock(), piece.jadeType().param(),
				piece.colour().key(), piece.grade().name(), piece.origin(), piece.innerDiameterMm(), piece.ringSizeUs(),
				piece.certificateLab(), piece.certificateNumber(), "/p/" + piece.slug(), piece.imagePath());
	}
}
