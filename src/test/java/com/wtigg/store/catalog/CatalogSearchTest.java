package com.wtigg.store.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;

@StoreTest
@PolicyClause("SHOP-SEARCH")
class CatalogSearchTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	com.wtigg.store.catalog.persistence.CatalogCache catalog;

	private List<String> search(String query) {
		MvcTestResult result = mvc.get().uri("/search").param("q", query).exchange();
		assertThat(result).hasStatusOk();
		return Html.tileSlugs(Html.parse(result));
	}

	private String categoryOf(String slug) {
		return jdbc.sql("select category from catalog_piece where slug = ?").param(slug).query(String.class).single();
	}

	private List<String> slugs(String condition) {
		return jdbc.sql("select slug from catalog_piece where " + condition).query(String.class).list();
	}

	@Test
	void jadeBangleFindsBangles() {
		assertThat(search("jade bangle")).isNotEmpty().allMatch(s -> categoryOf(s).equals("bangles"))
			.hasSize(slugs("category = 'bangles'").size());
	}

	@Test
	void misspeltWordsAreCorrected() {
		assertThat(search("jade bangel")).isEqualTo(search("jade bangle"));
		assertThat(search("lavendar rign")).isNotEmpty().allMatch(s -> categoryOf(s).equals("rings"));
		assertThat(search("nephrit")).containsExactlyInAnyOrderElementsOf(slugs("jade_type = 'NEPHRITE'"));
	}

	@Test
	void customJadePendantFindsPendants() {
		List<String> found = search("custom jade pendant");
		assertThat(found).isNotEmpty();
		assertThat(categoryOf(found.getFirst())).isEqualTo("pendants");
		assertThat(found.stream().filter(s -> categoryOf(s).equals("pendants")).count())
			.isGreaterThanOrEqualTo(found.size() / 2);
	}

	@Test
	void chineseQueriesFindTheirPieces() {
		assertThat(search("手镯")).containsExactlyInAnyOrderElementsOf(slugs("category = 'bangles'"));
		assertThat(search("翡翠手镯")).isNotEmpty()
			.allMatch(s -> slugs("category = 'bangles' and jade_type = 'JADEITE'").contains(s));
		assertThat(search("平安扣")).isNotEmpty().allMatch(s -> slugs("name_zh like '%平安扣%' or description_zh like '%平安扣%'").contains(s));
	}

	@Test
	void namesRankAboveDescriptions() {
		List<String> found = search("lavender");
		assertThat(found).isNotEmpty();
		assertThat(slugs("colour = 'lavender'")).contains(found.getFirst());
	}

	@Test
	void typosAreCorrectedToWordsOfNewPiecesOnceTheCatalogReloads() {
		String slug = jdbc.sql("select slug from catalog_piece where category = 'earrings' order by id limit 1")
			.query(String.class).single();
		String description = jdbc.sql("select description_en from catalog_piece where slug = ?").param(slug)
			.query(String.class).single();
		jdbc.sql("update catalog_piece set description_en = description_en || ' Carved with a chrysanthemum.' where slug = ?")
			.param(slug).update();
		try {
			catalog.refreshIfChanged();
			assertThat(search("chrysanthemun")).containsExactly(slug);
		}
		finally {
			jdbc.sql("update catalog_piece set description_en = ? where slug = ?").params(description, slug).update();
			catalog.refreshIfChanged();
		}
		assertThat(search("chrysanthemun")).isEmpty();
	}

	@Test
	void wordsNoPieceHasFindNothing() {
		assertThat(search("motorcycle")).isEmpty();
	}

	@Test
	void searchPageSaysWhatWasSearchedForAfterCorrection() {
		MvcTestResult result = mvc.get().uri("/search").param("q", "jade bangel").exchange();
		assertThat(Html.parse(result).select(".search-note").text()).contains("bangle");
	}
}
