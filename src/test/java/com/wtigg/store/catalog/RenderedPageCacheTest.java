package com.wtigg.store.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.wtigg.store.Html;
import com.wtigg.store.StoreTest;
import com.wtigg.store.catalog.persistence.CatalogCache;

/**
 * Rendered catalog pages are kept, and forgotten as soon as this node sees the catalog change.
 */
@StoreTest
class RenderedPageCacheTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatalogCache catalog;

	private String price(String slug) {
		return Html.parse(mvc.get().uri("/p/" + slug).exchange()).select(".product-price").text();
	}

	@Test
	void aChangedPriceShowsOnceTheCatalogReloads() {
		String slug = jdbc.sql("select slug from catalog_piece where stock > 0 order by id desc limit 1")
			.query(String.class).single();
		long cents = jdbc.sql("select price_cents from catalog_piece where slug = ?").param(slug).query(Long.class).single();
		String before = price(slug);
		assertThat(price(slug)).isEqualTo(before);
		jdbc.sql("update catalog_piece set price_cents = price_cents + 100 where slug = ?").param(slug).update();
		try {
			catalog.refreshIfChanged();
			assertThat(price(slug)).isNotEqualTo(before).isEqualTo(new com.wtigg.store.shared.Money(cents + 100).formatted());
		}
		finally {
			jdbc.sql("update catalog_piece set price_cents = ? where slug = ?").params(cents, slug).update();
			catalog.refreshIfChanged();
		}
		assertThat(price(slug)).isEqualTo(before);
	}

	@Test
	void pagesDifferByLanguageAndParameters() throws Exception {
		String english = mvc.get().uri("/c/rings").exchange().getResponse().getContentAsString();
		String chinese = mvc.get().uri("/c/rings").header("Accept-Language", "zh-CN").exchange().getResponse()
			.getContentAsString();
		assertThat(english).isNotEqualTo(chinese);
		assertThat(Html.tileSlugs(Html.parse(mvc.get().uri("/c/rings").param("sort", "price-asc").exchange())))
			.isNotEqualTo(Html.tileSlugs(Html.parse(mvc.get().uri("/c/rings").param("sort", "price-desc").exchange())));
	}
}
