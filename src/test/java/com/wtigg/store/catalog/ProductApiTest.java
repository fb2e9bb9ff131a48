package com.wtigg.store.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;

@StoreTest
@PolicyClause("SHOP-CATALOG")
class ProductApiTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsProductsPageByPage() {
		int total = jdbc.sql("select count(*) from catalog_piece").query(Integer.class).single();
		assertThat(mvc.get().uri("/api/v1/products?page=2&size=10").exchange()).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.items.length()").isEqualTo(10);
				json.assertThat().extractingPath("$.page").isEqualTo(2);
				json.assertThat().extractingPath("$.total").isEqualTo(total);
				json.assertThat().extractingPath("$.items[0].slug").isNotNull();
				json.assertThat().extractingPath("$.items[0].name").isNotNull();
				json.assertThat().extractingPath("$.items[0].price").isNotNull();
				json.assertThat().extractingPath("$.items[0].category").isNotNull();
				json.assertThat().extractingPath("$.items[0].stock").isNotNull();
			});
	}

	@Test
	void filtersByCategoryAndWords() {
		int rings = jdbc.sql("select count(*) from catalog_piece where category = 'rings'").query(Integer.class).single();
		assertThat(mvc.get().uri("/api/v1/products?category=rings&size=100").exchange()).bodyJson()
			.extractingPath("$.total").isEqualTo(rings);
		assertThat(mvc.get().uri("/api/v1/products?q=jade+bangel&size=100").exchange()).bodyJson()
			.extractingPath("$.items[*].category").asArray().containsOnly("bangles");
		assertThat(mvc.get().uri("/api/v1/products?category=rings&q=bangle").exchange()).bodyJson()
			.extractingPath("$.total").isEqualTo(0);
	}

	@Test
	void showsOneProductBySlug() {
		String slug = jdbc.sql("select slug from catalog_piece order by id limit 1").query(String.class).single();
		assertThat(mvc.get().uri("/api/v1/products/" + slug).header("Accept-Language", "zh-CN").exchange())
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.slug").isEqualTo(slug);
				json.assertThat().extractingPath("$.currency").isEqualTo("USD");
				json.assertThat().extractingPath("$.name").isEqualTo(jdbc
					.sql("select name_zh from catalog_piece where slug = ?").param(slug).query(String.class).single());
			});
	}

	@Test
	void unknownProductIsAProblemDocument() {
		assertThat(mvc.get().uri("/api/v1/products/no-such-piece").exchange()).hasStatus(404)
			.hasContentTypeCompatibleWith("application/problem+json");
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=0", "page=-1", "page=abc", "size=0", "size=101", "size=abc",
			"category=no-such-category", "page=99999999999" })
	void badParametersAreProblemDocumentsThatSayWhich(String query) {
		String parameter = query.substring(0, query.indexOf('='));
		assertThat(mvc.get().uri("/api/v1/products?" + query).exchange()).hasStatus(400)
			.hasContentTypeCompatibleWith("application/problem+json")
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.containsAnyOf("“" + parameter + "”", "category");
	}

	@Test
	void pageBeyondTheLastIsEmpty() {
		assertThat(mvc.get().uri("/api/v1/products?page=50").exchange()).hasStatusOk().bodyJson()
			.extractingPath("$.items.length()").isEqualTo(0);
	}

	@Test
	void hasAnOpenApiDescription() {
		assertThat(mvc.get().uri("/api/v1/openapi").exchange()).hasStatusOk().bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.paths['/api/v1/products'].get").isNotNull();
				json.assertThat().extractingPath("$.paths['/api/v1/products/{slug}'].get").isNotNull();
			});
	}
}
