package com.wtigg.store.catalog.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole catalog as of one revision, held in memory so listings never wait on the database.
 */
public record CatalogSnapshot(long revision, List<Category> categories, List<Colour> colours, List<Piece> pieces,
		Map<String, Piece> bySlug, Map<String, Category> categoriesBySlug, Set<String> colourKeys) {

	public static CatalogSnapshot of(long revision, List<Category> categories, List<Colour> colours, List<Piece> pieces) {
		return new CatalogSnapshot(revision, List.copyOf(categories), List.copyOf(colours), List.copyOf(pieces),
				pieces.stream().collect(Collectors.toUnmodifiableMap(Piece::slug, Function.identity())),
				categories.stream().collect(Collectors.toUnmodifiableMap(Category::slug, Function.identity())),
				colours.stream().map(Colour::key).collect(Collectors.toUnmodifiableSet()));
	}

	public Optional<Piece> piece(String slug) {
		return Optional.ofNullable(bySlug.get(slug));
	}

	public Optional<Category> category(String slug) {
		return Optional.ofNullable(categoriesBySlug.get(slug));
	}

	/** The pieces that pass the filter, in the sort's order. */
	public List<Piece> list(PieceFilter filter, Sort sort) {
		Comparator<Piece> order = sort.order() != null ? sort.order() : Sort.FEATURED.order();
		return pieces.stream().filter(filter).sorted(order).toList();
	}

	public List<Piece> featured(int count) {
		return pieces.stream().filter(Piece::featured).filter(p -> !p.soldOut())
			.sorted(Sort.FEATURED.order()).limit(count).toList();
	}

	/** Other pieces a buyer of this one may like: same kind first, then same colour. */
	public List<Piece> relatedTo(Piece piece, int count) {
		Comparator<Piece> closeness = Comparator
			.comparing((Piece p) -> !p.category().equals(piece.category()))
			.thenComparing(p -> !p.colour().equals(piece.colour()))
			.thenComparing(p -> p.soldOut())
			.thenComparing(p -> Math.abs(p.price().cents() - piece.price().cents()));
		return pieces.stream().filter(p -> p.id() != piece.id()).sorted(closeness).limit(count).toList();
	}
}
