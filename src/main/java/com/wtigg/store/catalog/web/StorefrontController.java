package com.wtigg.store.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.catalog.domain.CatalogSnapshot;
import com.wtigg.store.catalog.domain.Category;
import com.wtigg.store.catalog.domain.PageOf;
import com.wtigg.store.catalog.domain.Piece;
import com.wtigg.store.catalog.domain.Sort;
import com.wtigg.store.catalog.persistence.CatalogCache;
import com.wtigg.store.catalog.search.CatalogSearch;
import com.wtigg.store.catalog.search.SearchQuery;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * The storefront: home, category listings with filters, piece pages and search.
 */
@Controller
class StorefrontController {

	static final List<Sort> LISTING_SORTS = List.of(Sort.FEATURED, Sort.PRICE_ASC, Sort.PRICE_DESC, Sort.NEWEST);

	static final List<Sort> SEARCH_SORTS = List.of(Sort.RELEVANCE, Sort.PRICE_ASC, Sort.PRICE_DESC, Sort.NEWEST);

	private final CatalogCache catalog;

	private final CatalogSearch search;

	StorefrontController(CatalogCache catalog, CatalogSearch search) {
		this.catalog = catalog;
		this.search = search;
	}

	@GetMapping("/")
	String home(Model model) {
		CatalogSnapshot snapshot = catalog.current();
		model.addAttribute("featured", snapshot.featured(8));
		model.addAttribute("categories", snapshot.categories());
		model.addAttribute("covers", covers(snapshot));
		return "catalog/home";
	}

	@GetMapping("/c/{slug}")
	String category(@PathVariable String slug, @RequestParam Map<String, String> params, Model model, Locale locale) {
		CatalogSnapshot snapshot = catalog.current();
		Category category = snapshot.category(slug).orElseThrow(NotFoundException::new);
		ListingRequest request = ListingRequest.parse(params, snapshot.colourKeys(), Sort.FEATURED);
		List<Piece> pieces = snapshot.list(request.filter().inCategory(slug), request.sort());
		model.addAttribute("listing", ListingPage.of("/c/" + slug, category.name().in(locale),
				PageOf.of(pieces, request.page(), ListingRequest.PAGE_SIZE), request, LISTING_SORTS, snapshot.colours(),
				category.hasInnerDiameter(), category.hasRingSize(), List.of()));
		model.addAttribute("category", category);
		return "catalog/listing";
	}

	@GetMapping("/search")
	String search(@RequestParam Map<String, String> params, Model model) {
		CatalogSnapshot snapshot = catalog.current();
		ListingRequest request = ListingRequest.parse(params, snapshot.colourKeys(), Sort.RELEVANCE);
		SearchQuery query = SearchQuery.parse(request.query());
		CatalogSearch.SearchResult result = search.search(query);
		List<Piece> ranked = result.slugs().stream().map(snapshot.bySlug()::get)
			.filter(p -> p != null && request.filter().test(p)).toList();
		if (request.sort().order() != null) {
			ranked = ranked.stream().sorted(request.sort().order()).toList();
		}
		model.addAttribute("listing", ListingPage.of("/search", request.query() == null ? "" : request.query(),
				PageOf.of(ranked, request.page(), ListingRequest.PAGE_SIZE), request, SEARCH_SORTS, snapshot.colours(),
				true, true, result.searchedWords()));
		model.addAttribute("category", null);
		return "catalog/listing";
	}

	@GetMapping("/p/{slug}")
	String piece(@PathVariable String slug, Model model) {
		CatalogSnapshot snapshot = catalog.current();
		Piece piece = snapshot.piece(slug).orElseThrow(NotFoundException::new);
		model.addAttribute("piece", piece);
		model.addAttribute("related", snapshot.relatedTo(piece, 4));
		return "catalog/product";
	}

	/** One piece to show for each category on the home page. */
	private static Map<String, Piece> covers(CatalogSnapshot snapshot) {
		return snapshot.pieces().stream()
			.collect(Collectors.toMap(p -> p.category().slug(), p -> p, (a, b) -> a.featured() || !b.featured() ? a : b));
	}
}
