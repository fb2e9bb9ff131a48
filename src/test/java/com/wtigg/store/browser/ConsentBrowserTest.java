package com.wtigg.store.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.shared.web.StoreCookie;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cookie banner in Chromium, read from the browser's own cookie jar and its network log (the
 * Chrome performance log): before a choice and after "Reject all" only necessary cookies are set
 * and no analytics request leaves the browser; with Global Privacy Control on (the header sent
 * through the DevTools protocol) the honoured notice shows and marketing stays off even after
 * "Accept all". The banner is keyboard-usable and passes axe's WCAG rules.
 *
 * <p>That page views arrive after "accept analytics" is the analytics module's to show once it is
 * merged (it records page views on the server after the response).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PolicyClause({ "CKE-CATEGORIES", "CKE-CHOICE", "SHR-NOSALE", "DSR-WITHDRAW" })
class ConsentBrowserTest {

	/** What an analytics or marketing request would ask for: the store's beacon and scripts, Google's tag. */
	private static final List<String> TRACKING = List.of("/analytics/", "/js/analytics", "/js/ga-consent",
			"googletagmanager.com", "google-analytics.com", "doubleclick.net");

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start(options -> {
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.PERFORMANCE, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
		});
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
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

	/** The addresses the browser requested since the last call, from the performance log. */
	private List<String> requestedUrls() {
		List<String> urls = new ArrayList<>();
		for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = json.readTree(entry.getMessage()).get("message");
			if ("Network.requestWillBeSent".equals(message.get("method").asString())) {
				urls.add(message.get("params").get("request").get("url").asString());
			}
		}
		return urls;
	}

	private void assertOnlyNecessaryCookiesAndNoTracking(List<String> requests) {
		Set<Cookie> cookies = browser.manage().getCookies();
		assertThat(cookies).isNotEmpty();
		assertThat(cookies).allSatisfy(c -> assertThat(StoreCookie.named(c.getName()))
			.as(c.getName()).hasValueSatisfying(s -> assertThat(s.category()).isEqualTo(StoreCookie.Category.NECESSARY)));
		assertThat(requests).isNotEmpty().noneMatch(u -> TRACKING.stream().anyMatch(u::contains));
	}

	@Test
	void beforeAChoiceAndAfterRejectAllOnlyNecessaryCookiesAndNoAnalyticsRequest() {
		browser.get(url("/"));
		assertThat(browser.findElement(By.id("cookie-banner")).isDisplayed()).isTrue();
		browser.findElement(By.cssSelector("nav.categories a[href='/c/rings']")).click();
		wait.until(ExpectedConditions.urlContains("/c/rings"));
		assertThat(browser.findElements(By.id("cookie-banner"))).hasSize(1);
		assertOnlyNecessaryCookiesAndNoTracking(requestedUrls());

		browser.findElement(By.id("banner-reject")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cookie-banner")));
		assertThat(browser.getCurrentUrl()).endsWith("/c/rings");
		assertThat(browser.manage().getCookieNamed("consent")).isNotNull();
		browser.get(url("/"));
		browser.get(url("/search?q=jade"));
		assertOnlyNecessaryCookiesAndNoTracking(requestedUrls());
		String browserId = browser.manage().getCookieNamed("consent").getValue().split("\\.")[1];
		assertThat(jdbc.sql("select method from cookie_consent where browser_id = ?").param(browserId).query(String.class)
			.list()).containsExactly("reject-all");
	}

	@Test
	void withGpcOnTheNoticeShowsAndMarketingStaysOffAfterAcceptAll() {
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Sec-GPC", "1")));
		browser.get(url("/"));
		assertThat(browser.findElement(By.id("gpc-notice")).getText()).contains("Global Privacy Control signal is honoured");

		browser.findElement(By.id("banner-accept")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cookie-banner")));
		browser.get(url("/cookies"));
		assertThat(browser.findElement(By.id("current-choice")).getText()).contains("Marketing cookies: declined");
		assertThat(browser.findElement(By.id("settings-marketing")).isSelected()).isFalse();
		browser.get(url("/privacy/do-not-sell"));
		assertThat(browser.findElement(By.id("opt-out-state")).getAttribute("class")).contains("opted-out");
		String browserId = browser.manage().getCookieNamed("consent").getValue().split("\\.")[1];
		assertThat(jdbc.sql("select method || ':' || marketing || ':' || gpc from cookie_consent where browser_id = ? order by given_at")
			.param(browserId).query(String.class).list()).containsExactly("gpc:false:true", "accept-all:false:true");
		assertThat(requestedUrls()).noneMatch(u -> TRACKING.stream().skip(3).anyMatch(u::contains));
	}

	@Test
	void theBannerIsReachedByKeyboardAndPassesWcagRules() throws Exception {
		browser.get(url("/"));
		Browser.screenshot(browser, "consent-banner");
		List<String> focused = new ArrayList<>();
		for (int i = 0; i < 10 && !focused.contains("banner-choose"); i++) {
			browser.switchTo().activeElement().sendKeys(Keys.TAB);
			focused.add(browser.switchTo().activeElement().getAttribute("id"));
		}
		assertThat(focused).doesNotContain("site-search-q");
		assertThat(focused).containsSubsequence("banner-accept", "banner-reject", "banner-choose");
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(browser.findElement(By.id("banner-analytics")).isDisplayed()).isTrue();
		Browser.screenshot(browser, "consent-banner-choose");
		for (String path : new String[] { "/", "/cookies", "/privacy/do-not-sell" }) {
			browser.get(url(path));
			Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
				.analyze(browser);
			assertThat(results.getViolations()).as("%s: %s", path, results.getViolations().stream()
				.map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList())
				.isEmpty();
		}
	}
}
