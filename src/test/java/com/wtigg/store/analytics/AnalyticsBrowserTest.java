package com.wtigg.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.browser.Browser;
import com.wtigg.store.browser.NetworkLog;
import com.wtigg.store.consent.cookie.ConsentCookieFixture;

/**
 * In Chromium, with the store's Content-Security-Policy and the scripts' integrity hashes in
 * force, read from the browser's network log: with analytics consent the beacon script loads and
 * runs, its beacon request leaves the browser and a click on a product tile is recorded for the
 * visitor; without consent the script is not on the page, no analytics request leaves the browser
 * and no visitor id is given.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PolicyClause("COL-USAGE")
class AnalyticsBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	ChromeDriver browser;

	NetworkLog network;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start(NetworkLog::enable);
		network = NetworkLog.of(browser);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A category page of its own (a parameter the page ignores), so it is rendered for this browser. */
	private String freshCategoryPage() {
		return url("/c/bangles?utm_campaign=browser-" + System.nanoTime());
	}

	@Test
	void withConsentTheBeaconScriptRunsAndRecordsAClickOnAProductTile() {
		browser.get(url("/"));
		browser.manage().addCookie(new Cookie("consent", new ConsentCookieFixture(context).value(true, false)));
		browser.get(freshCategoryPage());
		assertThat(browser.findElements(By.cssSelector("script[src^='/js/analytics'][integrity^='sha384-']"))).hasSize(1);
		Cookie visitor = browser.manage().getCookieNamed("visitor");
		assertThat(visitor).isNotNull();

		WebElement tile = browser.findElement(By.cssSelector("main .tile .tile-link"));
		String target = tile.getDomAttribute("href");
		tile.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(target));
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(network.all())
			.anySatisfy(e -> assertThat(e.url()).contains("/js/analytics"))
			.anySatisfy(e -> {
				assertThat(e.method()).isEqualTo("POST");
				assertThat(e.url()).endsWith("/analytics/beacon");
				assertThat(e.status()).as("a ping's answer, when the log has it").isIn(null, 204);
			}));

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
				select count(*) from analytics_event where kind = 'tile_click' and visitor_id = ? and target = ?
				""").params(UUID.fromString(visitor.getValue()), target).query(Integer.class).single() == 1);
	}

	@Test
	void withoutConsentNoAnalyticsScriptIsOnThePageAndNoVisitorIdIsGiven() {
		browser.get(freshCategoryPage());
		assertThat(browser.findElements(By.cssSelector("script[src*='/js/analytics'], script[src*='ga-consent']"))).isEmpty();
		WebElement tile = browser.findElement(By.cssSelector("main .tile .tile-link"));
		String target = tile.getDomAttribute("href");
		tile.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(target));
		assertThat(browser.manage().getCookieNamed("visitor")).isNull();
		assertThat(network.all()).as("requests the browser sent").isNotEmpty()
			.noneMatch(e -> e.to("/js/analytics") || e.to("/analytics/") || e.to("ga-consent") || e.to("google"));
	}
}
