package com.wtigg.store.catalog;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.Html;
import com.wtigg.store.StoreTest;

/**
 * Addresses typed or tampered with by hand get a page that says what is wrong, never a 500.
 */
@StoreTest
class StorefrontBadInputTest {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/p/no-such-piece", "/c/no-such-category", "/no/such/page", "/p/",
			"/media/pieces/no-such-piece.svg" })
	void unknownAddressesGetTheStoresNotFoundPage(String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatus(404);
		if (!uri.endsWith(".svg")) {
			Document page = Html.parse(result);
			assertThat(page.select("header.site-header")).hasSize(1);
			assertThat(Html.text(page, "h1")).isEqualTo("Page not found");
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/c/bangles?page=abc          | The page number must be a whole number
			/c/bangles?page=1.5          | The page number must be a whole number
			/c/bangles?minPrice=abc      | “minPrice” must be a number
			/c/bangles?maxPrice=-5       | “maxPrice” must be a number
			/c/bangles?minPrice=1.999    | “minPrice” must be a number
			/c/bangles?minPrice=900&maxPrice=100 | The lowest price must not be above the highest
			/c/bangles?sort=cheapest     | Sort must be one of: featured, price-asc, price-desc, newest
			/c/bangles?sort=relevance    | Sort must be one of
			/c/bangles?type=amber        | Jade type must be jadeite or nephrite
			/c/bangles?colour=purple     | That colour is not one we list
			/c/bangles?grade=D           | Treatment grade must be A, B or C
			/c/bangles?diameter=500      | “diameter” must be between 30 and 100
			/search?q=jade&ringSize=x    | “ringSize” must be a number
			""")
	void malformedFiltersGetABadRequestPageThatSaysWhy(String uri, String message) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatus(400);
		Document page = Html.parse(result);
		assertThat(page.select("header.site-header")).hasSize(1);
		assertThat(page.select("main").text()).contains(message);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/c/bangles?page=-1", "/c/bangles?page=0", "/c/bangles?page=999999999" })
	void pageNumbersOutOfRangeShowTheNearestPage(String uri) {
		assertThat(mvc.get().uri(uri).exchange()).hasStatusOk();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=", "/search", "/search?q=%00%01", "/search?q=%F0%9F%92%8E",
			"/search?q=')%20or%201=1--", "/search?q=<script>alert(1)</script>" })
	void oddQueriesAreAnsweredCalmly(String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().doesNotContain("<script>alert(1)</script>");
	}

	@org.junit.jupiter.api.Test
	void aTenThousandCharacterQueryIsCut() {
		MvcTestResult result = mvc.get().uri("/search").param("q", "jade bangle " + "x".repeat(10_000)).exchange();
		assertThat(result).hasStatusOk();
		assertThat(Html.parse(result).select("#filter-q").val()).hasSize(200);
	}

	@org.junit.jupiter.api.Test
	void wrongMethodIsRefusedPolitely() {
		MvcTestResult result = mvc.post().uri("/c/bangles").with(csrf()).exchange();
		assertThat(result).hasStatus(405);
		assertThat(Html.parse(result).select("header.site-header")).hasSize(1);
	}
}
