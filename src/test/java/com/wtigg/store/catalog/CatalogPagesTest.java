package com.wtigg.store.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;

@StoreTest
@PolicyClause("SHOP-CATALOG")
class CatalogPagesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private Document page(String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Html.parse(result);
	}

	private List<String> slugsWhere(String condition, Object... params) {
		return jdbc.sql("select slug from catalog_piece where " + condition).params(params).query(String.class).list();
	}

	@Test
	void demoCatalogHasEveryKindAndAttribute() {
		assertThat(jdbc.sql("select count(*) from catalog_piece").query(Integer.class).single()).isGreaterThanOrEqualTo(60);
		assertThat(jdbc.sql("select count(distinct category) from catalog_piece").query(Integer.class).single()).isEqualTo(7);
		assertThat(slugsWhere("category = 'bangles' and inner_diameter_mm is null")).isEmpty();
		assertThat(slugsWhere("category = 'rings' and ring_size_us is null")).isEmpty();
		assertThat(slugsWhere("certificate_number = '' or origin = '' or description_zh = ''")).isEmpty();
		assertThat(slugsWhere("stock = 1")).hasSizeGreaterThan(20);
	}

	@Test
	void homeShowsFeaturedPiecesAndEveryCategory() {
		Document home = page("/");
		assertThat(Html.tileSlugs(home)).isNotEmpty()
			.allSatisfy(slug -> assertThat(slugsWhere("featured and slug = ?", slug)).hasSize(1));
		assertThat(home.select(".category-grid a").eachAttr("href")).containsExactly("/c/bangles", "/c/pendants",
				"/c/rings", "/c/earrings", "/c/necklaces", "/c/bracelets", "/c/beads");
	}

	@Test
	void categoryListsOnlyItsPieces() {
		Document bangles = page("/c/bangles");
		assertThat(Html.tileSlugs(bangles)).containsExactlyInAnyOrderElementsOf(slugsWhere("category = 'bangles'"));
		assertThat(bangles.selectFirst("h1").text()).isEqualTo("Bangles");
	}

	@Test
	void filtersNarrowTheListing() {
		assertThat(Html.tileSlugs(page("/c/bangles?type=nephrite")))
			.containsExactlyInAnyOrderElementsOf(slugsWhere("category = 'bangles' and jade_type = 'NEPHRITE'"))
			.isNotEmpty();
		assertThat(Html.tileSlugs(page("/c/pendants?colour=mutton-fat-white")))
			.containsExactlyInAnyOrderElementsOf(slugsWhere("category = 'pendants' and colour = 'mutton-fat-white'"));
		assertThat(Html.tileSlugs(page("/c/beads?grade=C")))
			.containsExactlyInAnyOrderElementsOf(slugsWhere("category = 'beads' and treatment_grade = 'C'"));
		assertThat(Html.tileSlugs(page("/c/rings?minPrice=500&maxPrice=5000")))
			.containsExactlyInAnyOrderElementsOf(
					slugsWhere("category = 'rings' and price_cents between 50000 and 500000"));
		assertThat(Html.tileSlugs(page("/c/bangles?diameter=56")))
			.containsExactlyInAnyOrderElementsOf(
					slugsWhere("category = 'bangles' and inner_diameter_mm between 55.5 and 56.5"))
			.isNotEmpty();
		assertThat(Html.tileSlugs(page("/c/rings?ringSize=7")))
			.containsExactlyInAnyOrderElementsOf(slugsWhere("category = 'rings' and ring_size_us = 7"));
	}

	@Test
	void filterFormKeepsTheChoices() {
		Document page = page("/c/bangles?type=jadeite&minPrice=100&sort=price-desc");
		assertThat(page.select("#filter-type option[selected]").val()).isEqualTo("jadeite");
		assertThat(page.select("#filter-min").val()).isEqualTo("100.00");
		assertThat(page.select("#filter-sort option[selected]").val()).isEqualTo("price-desc");
	}

	@Test
	void sortsByPrice() {
		assertThat(Html.tileSlugs(page("/c/bangles?sort=price-asc")))
			.containsExactlyElementsOf(slugsWhere("category = 'bangles' order by price_cents, id"));
		assertThat(Html.tileSlugs(page("/c/bangles?sort=price-desc")))
			.containsExactlyElementsOf(slugsWhere("category = 'bangles' order by price_cents desc, id"));
	}

	@Test
	void pagesHoldTwentyFourPieces() {
		int total = jdbc.sql("select count(*) from catalog_piece").query(Integer.class).single();
		Document first = page("/search?q=jade&sort=price-asc");
		Document second = page("/search?q=jade&sort=price-asc&page=2");
		Document last = page("/search?q=jade&sort=price-asc&page=99");
		assertThat(Html.tileSlugs(first)).hasSize(24);
		assertThat(Html.tileSlugs(second)).hasSize(24).doesNotContainAnyElementsOf(Html.tileSlugs(first));
		assertThat(Html.tileSlugs(last)).hasSize(total - 48);
		assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/search?q=jade&sort=price-asc&page=2");
	}

	@Test
	void productPageShowsEveryAttribute() {
		String slug = slugsWhere("category = 'bangles' and stock = 1 order by id limit 1").getFirst();
		Document piece = page("/p/" + slug);
		String certificate = jdbc.sql("select certificate_number from catalog_piece where slug = ?").param(slug)
			.query(String.class).single();
		assertThat(piece.select(".attributes dt").eachText()).contains("Jade type", "Colour", "Treatment", "Origin",
				"Inner diameter", "Weight", "Certificate");
		assertThat(piece.select(".certificate").text()).isEqualTo(certificate);
		assertThat(piece.select(".availability").text()).contains("One of a kind");
		assertThat(piece.select(".size-guide table caption").text()).contains("bangle inner diameter");
		assertThat(piece.select(".product-image img").attr("alt")).isNotBlank();
		assertThat(Html.tileSlugs(piece)).hasSize(4).doesNotContain(slug);
	}

	@Test
	void soldOutPieceCannotBeAdded() {
		String slug = slugsWhere("stock = 0 order by id limit 1").getFirst();
		Document piece = page("/p/" + slug);
		assertThat(piece.select(".availability").text()).contains("Sold out");
		assertThat(piece.select("form.add-to-cart")).isEmpty();
	}

	@Test
	void illustrationIsDrawnInThePiecesColour() {
		String slug = slugsWhere("colour = 'lavender' order by id limit 1").getFirst();
		MvcTestResult art = mvc.get().uri("/media/pieces/" + slug + ".svg").exchange();
		assertThat(art).hasStatusOk().hasContentTypeCompatibleWith("image/svg+xml");
		assertThat(art).bodyText().contains("#9b86c4").doesNotContain("{{").doesNotContain("<script");
	}
}
