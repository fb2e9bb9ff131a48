package com.wtigg.store.catalog.web;

import java.util.List;

import com.wtigg.store.catalog.domain.Colour;
import com.wtigg.store.catalog.domain.PageOf;
import com.wtigg.store.catalog.domain.Piece;
import com.wtigg.store.catalog.domain.PieceFilter;
import com.wtigg.store.catalog.domain.Sort;

/**
 * What a category or search page shows: the pieces of one page, the filters as set, and links.
 *
 * @param path the listing's own address, where its filter form is sent
 * @param searchedWords the words searched for after typos were corrected, for search pages
 */
public record ListingPage(String path, String heading, PageOf<Piece> results, PieceFilter filter, Sort sort,
		List<Sort> sorts, List<Colour> colours, boolean showDiameter, boolean showRingSize, String query,
		List<String> searchedWords, List<PageLink> pageLinks, String previousUrl, String nextUrl) {

	static ListingPage of(String path, String heading, PageOf<Piece> results, ListingRequest request, List<Sort> sorts,
			List<Colour> colours, boolean showDiameter, boolean showRingSize, List<String> searchedWords) {
		Sort shownSort = request.sort() == sorts.getFirst() ? null : request.sort();
		List<PageLink> links = new java.util.ArrayList<>();
		for (int n = 1; n <= results.pages(); n++) {
			links.add(new PageLink(n, request.url(path, n, shownSort), n == results.number()));
		}
		return new ListingPage(path, heading, results, request.filter(), request.sort(), sorts, colours, showDiameter,
				showRingSize, request.query(), searchedWords, links,
				results.hasPrevious() ? request.url(path, results.number() - 1, shownSort) : null,
				results.hasNext() ? request.url(path, results.number() + 1, shownSort) : null);
	}

	public boolean selected(Colour colour) {
		return colour.key().equals(filter.colour());
	}
}
