package com.wtigg.store.catalog.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wtigg.store.catalog.domain.CatalogSnapshot;
import com.wtigg.store.catalog.domain.PageOf;
import com.wtigg.store.catalog.domain.Piece;
import com.wtigg.store.catalog.domain.PieceFilter;
import com.wtigg.store.catalog.domain.Sort;
import com.wtigg.store.catalog.persistence.CatalogCache;
import com.wtigg.store.catalog.search.CatalogSearch;
import com.wtigg.store.catalog.search.SearchQuery;
import com.wtigg.store.shared.web.BadRequestException;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * The read-only catalog API.
 */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products", description = "The jade pieces of the catalog")
class ProductApiController {

	static final int MAX_SIZE = 100;

	private final CatalogCache catalog;

	private final CatalogSearch search;

	ProductApiController(CatalogCache catalog, CatalogSearch search) {
		this.catalog = catalog;
		this.search = search;
	}

	@GetMapping
	@Operation(summary = "List products", description = "Products by category and search words, one page at a time.")
	ProductPageJson list(
			@Parameter(description = "Page from 1") @RequestParam(defaultValue = "1") String page,
			@Parameter(description = "Products per page, 1 to 100") @RequestParam(defaultValue = "24") String size,
			@Parameter(description = "Category slug, such as bangles") @RequestParam(required = false) String category,
			@Parameter(description = "Search words, English or Chinese") @RequestParam(required = false) String q,
			Locale locale) {
		int pageNumber = number("page", page, 1, Integer.MAX_VALUE);
		int pageSize = number("size", size, 1, MAX_SIZE);
		CatalogSnapshot snapshot = catalog.current();
		PieceFilter filter = PieceFilter.none();
		if (category != null && !category.isBlank()) {
			snapshot.category(category).orElseThrow(() -> new BadRequestException("error.category"));
			filter = filter.inCategory(category);
		}
		List<Piece> pieces;
		if (q != null && !q.isBlank()) {
			PieceFilter inCategory = filter;
			pieces = search.search(SearchQuery.parse(q)).slugs().stream().map(snapshot.bySlug()::get)
				.filter(p -> p != null && inCategory.test(p)).toList();
		}
		else {
			pieces = snapshot.list(filter, Sort.FEATURED);
		}
		PageOf<Piece> shown = PageOf.of(pieces, pageNumber, pageSize);
		if (pageNumber > shown.pages()) {
			return new ProductPageJson(List.of(), pageNumber, pageSize, shown.total(), shown.pages());
		}
		return new ProductPageJson(shown.items().stream().map(p -> ProductJson.of(p, locale)).toList(), shown.number(),
				pageSize, shown.total(), shown.pages());
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One product", description = "A product by its slug, as in /p/{slug}.")
	ProductJson one(@PathVariable String slug, Locale locale) {
		return catalog.current().piece(slug).map(p -> ProductJson.of(p, locale)).orElseThrow(NotFoundException::new);
	}

	private static int number(String name, String value, int min, int max) {
		if (!value.strip().matches("-?\\d{1,10}")) {
			throw new BadRequestException("error.number", name);
		}
		long number = Long.parseLong(value.strip());
		if (number < min || number > max) {
			throw new BadRequestException("error.range", name, min, max);
		}
		return (int) number;
	}
}
