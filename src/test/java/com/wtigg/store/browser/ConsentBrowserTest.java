package com.wtigg.store.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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

/**
 * The cookie banner in Chromium, read from the browser's own cookie jar and its network log (the
 * Chrome performance log): before a choice and after "Reject all" only necessary cookies are set
 * and no analytics request leaves the browser (nothing is stored either); after "accept analytics"
 * in the banner the page views arrive: the beacon script loads, a beacon request leaves the
 * browser and is answered, and page-view rows are stored for the browser's visitor id; with
 * Global Privacy Control on (the header sent through the DevTools protocol) the honoured notice
 * shows and marketing stays off even after "Accept all". The banner is keyboard-usable and passes
 * axe's WCAG rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PolicyClause({ "CKE-CATEGORIES", "CKE-CHOICE", "SHR-NOSALE", "DSR-WITHDRAW" })
class ConsentBrowserTest {

	/** What an analytics or marketing request would ask for: the store's beacon and scripts, Google's tag. */
	private static final List<String> TRACKING = List.of("/analytics/", "/js/analytics", "/js/ga-consent",
			"googletagmanager.com", "google-analytics.com", "doubleclick.net");

	private static final List<String> GOOGLE = TRACKING.subList(3, TRACKING.size());

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	NetworkLog network;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start(NetworkLog::enable);
		network = NetworkLog.of(browser);
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
		return network.drain().stream().map(NetworkLog.Exchange::url).toList();
	}

	private void assertOnlyNecessaryCookiesAndNoTracking(List<String> requests) {
		Set<Cookie> cookies = browser.manage().getCookies();
		assertThat(cookies).isNotEmpty();
		assertThat(cookies).allSatisfy(c -> assertThat(StoreCookie.named(c.getName()))
			.as(c.getName()).hasValueSatisfying(s -> assertThat(s.category()).isEqualTo(StoreCookie.Category.NECESSARY)));
		assertThat(requests).isNotEmpty().noneMatch(u -> TRACKING.stream().anyMatch(u::contains));
	}

	private String browserId() {
		return browser.manage().getCookieNamed("consent").getValue().split("\\.")[1];
	}

	/** Clicks the first product tile of the page and waits for the piece's page. */
	private String clickAProductTile() {
		WebElement tile = browser.findElement(By.cssSelector("main .tile .tile-link"));
		String target = tile.getDomAttribute("href");
		tile.click();
		wait.until(ExpectedConditions.urlContains(target));
		return target;
	}

	private long eventsWithSearch(String query) {
		return jdbc.sql("select count(*) from analytics_event where search_query = ?").param(query).query(Long.class).single();
	}

	@Test
	@PolicyClause("COL-USAGE")
	void beforeAChoiceAndAfterRejectAllOnlyNecessaryCookiesAndNoAnalyticsRequest() {
		String before = "before" + System.nanoTime();
		String rejected = "rejected" + System.nanoTime();
		browser.get(url("/"));
		assertThat(browser.findElement(By.id("cookie-banner")).isDisplayed()).isTrue();
		browser.findElement(By.cssSelector("nav.categories a[href='/c/rings']")).click();
		wait.until(ExpectedConditions.urlContains("/c/rings"));
		assertThat(browser.findElements(By.id("cookie-banner"))).hasSize(1);
		clickAProductTile();
		browser.get(url("/search?q=" + before));
		assertOnlyNecessaryCookiesAndNoTracking(requestedUrls());

		browser.get(url("/c/rings"));
		browser.findElement(By.id("banner-reject")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cookie-banner")));
		assertThat(browser.getCurrentUrl()).endsWith("/c/rings");
		assertThat(browser.manage().getCookieNamed("consent")).isNotNull();
		clickAProductTile();
		browser.get(url("/"));
		browser.get(url("/search?q=" + rejected));
		assertOnlyNecessaryCookiesAndNoTracking(requestedUrls());
		assertThat(jdbc.sql("select method from cookie_consent where browser_id = ?").param(browserId()).query(String.class)
			.list()).containsExactly("reject-all");
		// the writer flushes every second: nothing of either search arrives in that time or later
		Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
			.until(() -> eventsWithSearch(before) + eventsWithSearch(rejected) == 0);
	}

	@Test
	@PolicyClause({ "COL-USAGE", "COL-DEVICE" })
	void afterAcceptingAnalyticsInTheBannerPageViewsArriveAndTheBeaconLeavesTheBrowser() {
		browser.get(url("/c/bangles"));
		assertThat(browser.manage().getCookieNamed("visitor")).isNull();
		browser.findElement(By.id("banner-choose")).click();
		browser.findElement(By.cssSelector("label[for=banner-analytics]")).click();
		assertThat(browser.findElement(By.id("banner-analytics")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("banner-marketing")).isSelected()).isFalse();
		browser.findElement(By.id("banner-save")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cookie-banner")));
		assertThat(browser.getCurrentUrl()).endsWith("/c/bangles");
		assertThat(jdbc.sql("select method || ':' || analytics || ':' || marketing from cookie_consent where browser_id = ?")
			.param(browserId()).query(String.class).list()).containsExactly("custom:true:false");

		Cookie visitor = browser.manage().getCookieNamed("visitor");
		assertThat(visitor).as("the analytics cookie, only now").isNotNull();
		assertThat(browser.manage().getCookies()).allSatisfy(c -> assertThat(StoreCookie.named(c.getName()))
			.as(c.getName()).hasValueSatisfying(s -> assertThat(s.category()).isNotEqualTo(StoreCookie.Category.MARKETING)));
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(network.all()).anySatisfy(e -> {
			assertThat(e.url()).contains("/js/analytics");
			assertThat(e.status()).isEqualTo(200);
		}));
		assertThat(network.all()).noneMatch(e -> GOOGLE.stream().anyMatch(e::to));

		String piece = clickAProductTile();
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(network.all())
			.as("the beacon request left the browser").anySatisfy(e -> {
				assertThat(e.method()).isEqualTo("POST");
				assertThat(e.url()).endsWith("/analytics/beacon");
				assertThat(e.status()).as("a ping's answer, when the log has it").isIn(null, 204);
			}));
		UUID id = UUID.fromString(visitor.getValue());
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
				select kind || ' ' || path || ' ' || coalesce(target, '-') from analytics_event
				where visitor_id = ? and browser is not null and device_type is not null""").param(id).query(String.class).list())
			.contains("page_view /c/bangles -", "tile_click /c/bangles " + piece, "page_view " + piece + " -"));
	}

	@Test
	@PolicyClause("CKE-CHOICE")
	void withGpcOnTheNoticeShowsAndMarketingStaysOffAfterAcceptAll() {
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Sec-GPC", "1")));
		browser.get(url("/"));
		assertThat(network.drain()).filteredOn(e -> e.url().equals(url("/"))).isNotEmpty()
			.allSatisfy(e -> assertThat(e.headers()).containsEntry("sec-gpc", "1"));
		assertThat(browser.findElement(By.id("gpc-notice")).getText()).contains("Global Privacy Control signal is honoured");

		browser.findElement(By.id("banner-accept")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cookie-banner")));
		browser.get(url("/cookies"));
		assertThat(browser.findElement(By.id("gpc-notice")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("current-choice")).getText()).contains("Marketing cookies: declined");
		assertThat(browser.findElement(By.id("settings-marketing")).isSelected()).isFalse();
		browser.get(url("/privacy/do-not-sell"));
		assertThat(browser.findElement(By.id("opt-out-state")).getAttribute("class")).contains("opted-out");
		assertThat(jdbc.sql("select method || ':' || marketing || ':' || gpc from cookie_consent where browser_id = ? order by given_at")
			.param(browserId()).query(String.class).list()).containsExactly("gpc:false:true", "accept-all:false:true");
		assertThat(browser.manage().getCookies()).allSatisfy(c -> assertThat(StoreCookie.named(c.getName()))
			.as(c.getName()).hasValueSatisfying(s -> assertThat(s.category()).isNotEqualTo(StoreCookie.Category.MARKETING)));
		assertThat(requestedUrls()).noneMatch(u -> GOOGLE.stream().anyMatch(u::contains));
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
