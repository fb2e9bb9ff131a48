package com.wtigg.store.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The storefront's pages pass axe-core's WCAG 2.2 A and AA rules, in both languages, on a desktop
 * and a phone-sized window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	@BeforeAll
	void openBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@ParameterizedTest(name = "{0} in {1} at {2}px")
	@CsvSource({ "/, en, 1280", "/, zh-CN, 390", "/c/bangles, en, 1280", "/c/rings?type=jadeite, zh-CN, 390",
			"/search?q=jade+bangel, en, 390", "/search, en, 1280", "/cart, zh-CN, 1280", "/cart, en, 390",
			"/no-such-page, en, 1280", "/c/bangles?page=abc, zh-CN, 1280", "PIECE, en, 1280", "PIECE, zh-CN, 390" })
	void pagePassesWcagRules(String path, String language, int width) {
		String page = path.equals("PIECE")
				? "/p/" + jdbc.sql("select slug from catalog_piece where stock > 1 order by id limit 1").query(String.class).single()
				: path;
		browser.manage().window().setSize(new Dimension(width, 900));
		browser.get("http://localhost:" + port + "/");
		browser.manage().deleteAllCookies();
		browser.manage().addCookie(new Cookie("lang", language));
		browser.get("http://localhost:" + port + page);
		Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
		assertThat(results.getViolations())
			.as("WCAG violations on %s (%s, %dpx): %s", page, language, width, describe(results.getViolations()))
			.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
			.toList()
			.toString();
	}
}
