package com.wtigg.store.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.shared.web.StoreCookie;

/**
 * Every cookie the store's main flows set is in the cookie registry, and is a necessary one.
 */
@StoreTest
@PolicyClause({ "CKE-INVENTORY", "CKE-CATEGORIES" })
class CookieRegistryTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mainFlowsSetOnlyRegisteredNecessaryCookies() {
		String slug = jdbc.sql("select slug from catalog_piece where stock > 0 order by id limit 1")
			.query(String.class).single();
		List<MvcTestResult> flows = new ArrayList<>();
		flows.add(mvc.get().uri("/").exchange());
		flows.add(mvc.get().uri("/c/bangles?sort=price-asc").exchange());
		flows.add(mvc.get().uri("/p/" + slug).exchange());
		flows.add(mvc.get().uri("/search?q=jade").exchange());
		flows.add(mvc.post().uri("/cart/items").param("slug", slug).param("quantity", "1").exchange());
		Cookie cart = flows.getLast().getResponse().getCookie("cart");
		flows.add(mvc.get().uri("/cart").cookie(cart).exchange());
		flows.add(mvc.post().uri("/cart/items").header("HX-Request", "true").param("slug", slug).exchange());
		flows.add(mvc.post().uri("/language").param("lang", "zh-CN").param("back", "/").exchange());
		flows.add(mvc.get().uri("/no-such-page").exchange());

		Set<String> registered = Arrays.stream(StoreCookie.values()).map(StoreCookie::cookieName)
			.collect(Collectors.toSet());
		Set<String> set = flows.stream()
			.flatMap(r -> r.getResponse().getHeaders("Set-Cookie").stream())
			.map(header -> header.substring(0, header.indexOf('=')))
			.collect(Collectors.toSet());
		assertThat(set).contains("cart", "lang").isSubsetOf(registered);
		assertThat(StoreCookie.values()).allMatch(c -> c.category() == StoreCookie.Category.NECESSARY);
	}
}
