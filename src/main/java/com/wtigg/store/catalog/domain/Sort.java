package com.wtigg.store.catalog.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * The orders a listing can be shown in.
 */
public enum Sort {
	FEATURED("featured", Comparator.comparing(Piece::featured).reversed()
		.thenComparing(Comparator.comparing(Piece::createdAt).reversed())),
	RELEVANCE("relevance", null),
	PRICE_ASC("price-asc", Comparator.comparing(Piece::price)),
	PRICE_DESC("price-desc", Comparator.comparing(Piece::price).reversed()),
	NEWEST("newest", Comparator.comparing(Piece::createdAt).reversed());

	private final String param;

	private final Comparator<Piece> order;

	Sort(String param, Comparator<Piece> order) {
		this.param = param;
		this.order = order;
	}

	public String param() {
		return param;
	}

	/** The order of pieces, or {@code null} where the order comes from elsewhere (search relevance). */
	public Comparator<Piece> order() {
		return order == null ? null : order.thenComparing(Piece::id);
	}

	public static Optional<Sort> ofParam(String param) {
		return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
	}
}
