package com.wtigg.store.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;

/**
 * A shopper in Chromium: browses a category, filters, opens a piece, searches with a typo, adds
 * to the cart with htmx, and switches to Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PolicyClause({ "SHOP-CATALOG", "SHOP-SEARCH", "SHOP-CART" })
class StorefrontBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start();
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

	private List<String> tileSlugs() {
		return browser.findElements(By.cssSelector("main .tiles .tile-link")).stream()
			.map(a -> a.getAttribute("href").replaceFirst(".*/p/", ""))
			.toList();
	}

	@Test
	void shopperBrowsesFiltersSearchesAddsToCartAndSwitchesLanguage() throws Exception {
		browser.get(url("/"));
		assertThat(browser.getTitle()).contains("WTIGG");

		browser.findElement(By.cssSelector("nav.categories a[href='/c/bangles']")).click();
		wait.until(ExpectedConditions.urlContains("/c/bangles"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bangles");

		new Select(browser.findElement(By.id("filter-type"))).selectByValue("nephrite");
		browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("type=nephrite"));
		List<String> nephriteBangles = jdbc
			.sql("select slug from catalog_piece where category = 'bangles' and jade_type = 'NEPHRITE'")
			.query(String.class).list();
		assertThat(tileSlugs()).containsExactlyInAnyOrderElementsOf(nephriteBangles);
		Browser.screenshot(browser, "storefront-category");

		WebElement firstTile = browser.findElement(By.cssSelector("main .tiles .tile-link"));
		String slug = firstTile.getAttribute("href").replaceFirst(".*/p/", "");
		firstTile.click();
		wait.until(ExpectedConditions.urlContains("/p/" + slug));
		assertThat(browser.findElement(By.cssSelector(".attributes")).getText()).contains("Certificate");

		WebElement search = browser.findElement(By.id("site-search-q"));
		search.sendKeys("jade bangel");
		search.submit();
		wait.until(ExpectedConditions.urlContains("/search"));
		assertThat(browser.findElement(By.cssSelector(".search-note")).getText()).contains("bangle");
		assertThat(tileSlugs()).isNotEmpty().allMatch(s -> s.contains("bangle"));

		String available = jdbc.sql("select slug from catalog_piece where stock > 0 order by id limit 1")
			.query(String.class).single();
		browser.get(url("/p/" + available));
		browser.findElement(By.cssSelector("form.add-to-cart button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cart-feedback"), "is in your cart"));
		assertThat(browser.getCurrentUrl()).endsWith("/p/" + available);
		wait.until(ExpectedConditions.textToBe(By.id("cart-count"), "1"));

		browser.findElement(By.id("cart-link")).click();
		wait.until(ExpectedConditions.urlContains("/cart"));
		assertThat(browser.findElement(By.cssSelector(".cart-piece a")).getAttribute("href")).endsWith("/p/" + available);

		browser.findElement(By.cssSelector(".language-switch button")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "购物车"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.getCurrentUrl()).endsWith("/cart");
		Browser.screenshot(browser, "storefront-cart-zh");
	}
}
