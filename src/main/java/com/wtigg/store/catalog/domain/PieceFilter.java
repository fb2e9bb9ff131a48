package com.wtigg.store.catalog.domain;

import java.math.BigDecimal;
import java.util.function.Predicate;

import com.wtigg.store.shared.Money;

/**
 * The filters a shopper can set on a listing; {@code null} means "any".
 *
 * @param innerDiameterMm a bangle inner diameter; matches pieces within half a millimetre
 * @param ringSizeUs a US ring size; matches that size exactly
 */
public record PieceFilter(
		String category,
		JadeType jadeType,
		String colour,
		Grade grade,
		Money minPrice,
		Money maxPrice,
		BigDecimal innerDiameterMm,
		BigDecimal ringSizeUs) implements Predicate<Piece> {

	private static final BigDecimal HALF_MM = new BigDecimal("0.5");

	public static PieceFilter none() {
		return new PieceFilter(null, null, null, null, null, null, null, null);
	}

	public PieceFilter inCategory(String slug) {
		return new PieceFilter(slug, jadeType, colour, grade, minPrice, maxPrice, innerDiameterMm, ringSizeUs);
	}

	@Override
	public boolean test(Piece piece) {
		return (category == null || category.equals(piece.category().slug()))
				&& (jadeType == null || jadeType == piece.jadeType())
				&& (colour == null || colour.equals(piece.colour().key()))
				&& (grade == null || grade == piece.grade())
				&& (minPrice == null || piece.price().compareTo(minPrice) >= 0)
				&& (maxPrice == null || piece.price().compareTo(maxPrice) <= 0)
				&& (innerDiameterMm == null || (piece.innerDiameterMm() != null
						&& piece.innerDiameterMm().subtract(innerDiameterMm).abs().compareTo(HALF_MM) <= 0))
				&& (ringSizeUs == null || (piece.ringSizeUs() != null && piece.ringSizeUs().compareTo(ringSizeUs) == 0));
	}

	public boolean isEmpty() {
		return jadeType == null && colour == null && grade == null && minPrice == null && maxPrice == null
				&& innerDiameterMm == null && ringSizeUs == null;
	}
}
