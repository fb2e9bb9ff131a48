package com.wtigg.store.catalog.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

import com.wtigg.store.catalog.domain.Grade;
import com.wtigg.store.catalog.domain.JadeType;
import com.wtigg.store.catalog.domain.PieceFilter;
import com.wtigg.store.catalog.domain.Sort;
import com.wtigg.store.catalog.search.SearchQuery;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.web.BadRequestException;

/**
 * The filters, order and page a listing was asked for, read from its query parameters.
 *
 * <p>A parameter that cannot be understood is answered with a 400 that says which one and why;
 * a page number below 1 is read as 1 and a query longer than {@link SearchQuery#MAX_LENGTH}
 * characters is cut, since neither can mean anything else.
 */
record ListingRequest(PieceFilter filter, Sort sort, int page, String query) {

	static final int PAGE_SIZE = 24;

	private static final BigDecimal MAX_PRICE = new BigDecimal("10000000");

	static ListingRequest parse(Map<String, String> params, Set<String> colours, Sort defaultSort) {
		PieceFilter filter = new PieceFilter(null, jadeType(value(params, "type")), colour(value(params, "colour"), colours),
				grade(value(params, "grade")), price(params, "minPrice"), price(params, "maxPrice"),
				decimal(params, "diameter", new BigDecimal("30"), new BigDecimal("100")),
				decimal(params, "ringSize", BigDecimal.ONE, new BigDecimal("16")));
		if (filter.minPrice() != null && filter.maxPrice() != null && filter.minPrice().compareTo(filter.maxPrice()) > 0) {
			throw new BadRequestException("error.priceRange");
		}
		String sortParam = value(params, "sort");
		Sort sort = sortParam == null ? defaultSort : Sort.ofParam(sortParam)
			.filter(s -> s != Sort.RELEVANCE || defaultSort == Sort.RELEVANCE)
			.orElseThrow(() -> new BadRequestException("error.sort", allowedSorts(defaultSort)));
		String query = value(params, "q");
		if (query != null && query.length() > SearchQuery.MAX_LENGTH) {
			query = query.substring(0, SearchQuery.MAX_LENGTH);
		}
		return new ListingRequest(filter, sort, page(value(params, "page")), query);
	}

	static String allowedSorts(Sort defaultSort) {
		return Arrays.stream(Sort.values())
			.filter(s -> s != Sort.RELEVANCE || defaultSort == Sort.RELEVANCE)
			.map(Sort::param)
			.collect(Collectors.joining(", "));
	}

	/** The address of this listing on another page or in another order, keeping the filters. */
	String url(String path, int page, Sort sortShown) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (query != null) {
			uri.queryParam("q", query);
		}
		if (filter.jadeType() != null) {
			uri.queryParam("type", filter.jadeType().param());
		}
		if (filter.colour() != null) {
			uri.queryParam("colour", filter.colour());
		}
		if (filter.grade() != null) {
			uri.queryParam("grade", filter.grade().name());
		}
		if (filter.minPrice() != null) {
			uri.queryParam("minPrice", filter.minPrice().dollars().toPlainString());
		}
		if (filter.maxPrice() != null) {
			uri.queryParam("maxPrice", filter.maxPrice().dollars().toPlainString());
		}
		if (filter.innerDiameterMm() != null) {
			uri.queryParam("diameter", filter.innerDiameterMm().toPlainString());
		}
		if (filter.ringSizeUs() != null) {
			uri.queryParam("ringSize", filter.ringSizeUs().toPlainString());
		}
		if (sortShown != null) {
			uri.queryParam("sort", sortShown.param());
		}
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static String value(Map<String, String> params, String name) {
		String value = params.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static int page(String value) {
		if (value == null) {
			return 1;
		}
		if (!value.matches("-?\\d{1,9}")) {
			throw new BadRequestException("error.page");
		}
		return Math.max(1, Integer.parseInt(value));
	}

	private static JadeType jadeType(String value) {
		if (value == null) {
			return null;
		}
		return Arrays.stream(JadeType.values()).filter(t -> t.param().equalsIgnoreCase(value)).findFirst()
			.orElseThrow(() -> new BadRequestException("error.type"));
	}

	private static String colour(String value, Set<String> colours) {
		if (value == null) {
			return null;
		}
		String key = value.toLowerCase(Locale.ROOT);
		if (!colours.contains(key)) {
			throw new BadRequestException("error.colour");
		}
		return key;
	}

	private static Grade grade(String value) {
		if (value == null) {
			return null;
		}
		return Arrays.stream(Grade.values()).filter(g -> g.name().equalsIgnoreCase(value)).findFirst()
			.orElseThrow(() -> new BadRequestException("error.grade"));
	}

	private static Money price(Map<String, String> params, String name) {
		BigDecimal dollars = decimal(params, name, BigDecimal.ZERO, MAX_PRICE);
		if (dollars == null) {
			return null;
		}
		if (dollars.stripTrailingZeros().scale() > 2) {
			throw new BadRequestException("error.number", name);
		}
		return Money.ofDollars(dollars.stripTrailingZeros());
	}

	private static BigDecimal decimal(Map<String, String> params, String name, BigDecimal min, BigDecimal max) {
		String value = value(params, name);
		if (value == null) {
			return null;
		}
		if (!value.matches("\\d{1,9}(\\.\\d{1,4})?")) {
			throw new BadRequestException("error.number", name);
		}
		BigDecimal number = new BigDecimal(value);
		if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
			throw new BadRequestException("error.range", name, min.toPlainString(), max.toPlainString());
		}
		return number;
	}
}
