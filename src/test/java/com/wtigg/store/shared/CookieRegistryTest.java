package com.wtigg.store.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.shared.web.StoreCookie;

/**
 * Every cookie the store's main flows set is in the cookie registry, and is a necessary one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PolicyClause({ "CKE-INVENTORY", "CKE-CATEGORIES" })
class CookieRegistryTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	// consent: the cookie choice's flows (begin)
	@Test
	void cookieChoiceFlowsSetOnlyRegisteredCookies() {
		WebClient browser = new WebClient(port);
		List<WebClient.Page> flows = new ArrayList<>();
		flows.add(browser.get("/cookies"));
		flows.add(browser.post("/cookies/choice", "choice", "reject-all", "back", "/cookies"));
		flows.add(browser.get("/cookies/receipt"));
		flows.add(browser.post("/cookies/choice", "choice", "custom", "analytics", "on", "back", "/"));
		flows.add(browser.get("/"));
		flows.add(browser.get("/privacy/do-not-sell"));
		flows.add(browser.post("/privacy/do-not-sell"));
		flows.add(browser.get("/.well-known/gpc.json"));
		flows.add(browser.get("/cookies"));
		flows.add(browser.post("/cookies/choice", "choice", "accept-all", "back", "/"));
		flows.add(browser.get("/"));
		flows.add(browser.post("/cookies/choice", "choice", "nonsense"));

		assertThat(flows).extracting(WebClient.Page::status).doesNotContain(500);
		Set<String> set = flows.stream()
			.flatMap(page -> page.setCookies().stream())
			.map(header -> header.substring(0, header.indexOf('=')))
			.collect(Collectors.toSet());
		assertThat(set).contains("consent", "csrf");
		assertThat(set).allMatch(name -> StoreCookie.named(name).isPresent(), "is in the cookie registry");
		assertThat(StoreCookie.CONSENT.category()).isEqualTo(StoreCookie.Category.NECESSARY);
	}
	// consent: the cookie choice's flows (end)

	@Test
	void mainFlowsSetOnlyRegisteredNecessaryCookies() {
		String slug = jdbc.sql("select slug from catalog_piece where stock > 0 order by id limit 1")
			.query(String.class).single();
		WebClient browser = new WebClient(port);
		List<WebClient.Page> flows = new ArrayList<>();
		flows.add(browser.get("/"));
		flows.add(browser.get("/c/bangles?sort=price-asc"));
		flows.add(browser.get("/p/" + slug));
		flows.add(browser.get("/search?q=jade"));
		flows.add(browser.post("/cart/items", "slug", slug, "quantity", "1"));
		flows.add(browser.get("/cart"));
		flows.add(browser.post("/language", "lang", "zh-CN", "back", "/"));
		flows.add(browser.get("/no-such-page"));
		flows.add(browser.get("/account/register"));
		flows.add(browser.get("/account/login"));

		Set<String> set = flows.stream()
			.flatMap(page -> page.setCookies().stream())
			.map(header -> header.substring(0, header.indexOf('=')))
			.collect(Collectors.toSet());
		assertThat(set).contains("cart", "lang", "csrf");
		assertThat(set).allMatch(name -> StoreCookie.named(name).isPresent(), "is in the cookie registry");
		// before a choice only necessary cookies are set (analytics, issue 5, registers a non-necessary one)
		assertThat(set).allMatch(name -> StoreCookie.named(name).orElseThrow().category() == StoreCookie.Category.NECESSARY);
	}
}
