package com.wtigg.store.shared;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.Html;
import com.wtigg.store.StoreTest;

/**
 * Language, store identity, static files and protective headers, on every page.
 */
@StoreTest
class WebBasicsTest {

	@Autowired
	MockMvcTester mvc;

	private Document get(String uri, String acceptLanguage, Cookie... cookies) {
		var request = mvc.get().uri(uri);
		if (acceptLanguage != null) {
			request = request.header("Accept-Language", acceptLanguage);
		}
		if (cookies.length > 0) {
			request = request.cookie(cookies);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return Html.parse(result);
	}

	@Test
	void browserLanguageChoosesEnglishOrSimplifiedChinese() {
		assertThat(get("/c/bangles", null).select("html").attr("lang")).isEqualTo("en");
		assertThat(get("/c/bangles", "zh-CN,zh;q=0.9").selectFirst("h1").text()).isEqualTo("手镯");
		assertThat(get("/c/bangles", "zh-TW").select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(get("/c/bangles", "fr-FR,en;q=0.5").select("html").attr("lang")).isEqualTo("en");
		assertThat(get("/c/bangles", "de-DE").select("html").attr("lang")).isEqualTo("en");
		assertThat(get("/c/bangles", "garbage;;q=x").select("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void chosenLanguageIsRememberedInANecessaryCookieAndWins() {
		MvcTestResult chosen = mvc.post().uri("/language").with(csrf()).param("lang", "zh-CN").param("back", "/c/rings?sort=newest")
			.exchange();
		assertThat(chosen).hasStatus3xxRedirection().hasRedirectedUrl("/c/rings?sort=newest");
		Cookie lang = chosen.getResponse().getCookie("lang");
		assertThat(lang.getValue()).isEqualTo("zh-CN");
		assertThat(lang.isHttpOnly()).isTrue();
		assertThat(get("/c/rings", "en-US", lang).selectFirst("h1").text()).isEqualTo("戒指");
	}

	@Test
	void languageSwitchNeverSendsShoppersToAnotherSite() {
		for (String back : new String[] { "https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x" }) {
			assertThat(mvc.post().uri("/language").with(csrf()).param("lang", "en").param("back", back).exchange())
				.hasRedirectedUrl("/");
		}
	}

	@Test
	void everyPageShowsTheStoresContactDetails() {
		Document page = get("/", null);
		assertThat(page.select("footer address").text()).contains("service@wtigg.com")
			.contains("188TH STREET, Flushing, NY 11355");
	}

	@Test
	void pagesAreLandmarkedForAssistiveTechnology() {
		Document page = get("/c/bangles", null);
		assertThat(page.select("header")).isNotEmpty();
		assertThat(page.select("main#main")).hasSize(1);
		assertThat(page.select("footer")).isNotEmpty();
		assertThat(page.select("a.skip-link[href=#main]")).hasSize(1);
		assertThat(page.select("nav[aria-label]")).hasSizeGreaterThanOrEqualTo(2);
		page.select("input:not([type=hidden]), select").forEach(field -> assertThat(
				page.select("label[for=" + field.id() + "]")).as("label for %s", field).isNotEmpty());
		page.select("img").forEach(img -> assertThat(img.hasAttr("alt")).as("alt of %s", img).isTrue());
	}

	@Test
	void staticFilesAreAddressedByContentHashAndCachedForAYear() {
		Document page = get("/", null);
		String css = page.select("link[rel=stylesheet]").attr("href");
		String htmx = page.select("script[src*=htmx]").attr("src");
		assertThat(css).matches("/css/store-[0-9a-f]{32}\\.css");
		assertThat(htmx).matches(".*htmx.min-[0-9a-f]{32}\\.js");
		for (String asset : new String[] { css, htmx }) {
			MvcTestResult result = mvc.get().uri(asset).exchange();
			assertThat(result).hasStatusOk();
			assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
		}
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicy() {
		MvcTestResult result = mvc.get().uri("/").exchange();
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		Document page = Html.parse(result);
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
	}

	@Test
	void healthAndReadinessAnswer() {
		assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatusOk().bodyJson()
			.extractingPath("$.status").isEqualTo("UP");
		assertThat(mvc.get().uri("/actuator/health/readiness").exchange()).hasStatusOk();
	}
}
