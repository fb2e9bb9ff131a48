package com.wtigg.store.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.AddressBook;
import com.wtigg.store.customer.account.PasswordRules;
import com.wtigg.store.shared.PostalAddress;
import com.wtigg.store.shared.EmailAddress;

/**
 * The storefront's and the account pages pass axe-core's WCAG 2.2 A and AA rules, in both languages, on a desktop
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

	@Autowired
	Accounts accounts;

	@Autowired
	AddressBook addresses;

	@Autowired
	PasswordRules passwords;

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
			"/no-such-page, en, 1280", "/c/bangles?page=abc, zh-CN, 1280", "PIECE, en, 1280", "PIECE, zh-CN, 390",
			"/account/register, en, 1280", "/account/register, zh-CN, 390", "/account/login, zh-CN, 1280",
			"/account/login, en, 390", "/account/reset, en, 1280", "/account/reset/not-a-token, zh-CN, 390",
			"/account/register/sent, en, 390", "/staff/setup?token=unknown, en, 1280" })
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

	@Test
	void theAccountPageWithAnAddressAndFieldErrorsPassesWcagRules() {
		jdbc.sql("delete from login_throttle").update();
		String email = "axe." + System.nanoTime() + "@example.com";
		var subject = accounts.createCustomer(new EmailAddress(email), "Axe Checker", null,
				Locale.ENGLISH, passwords.hash("pale green jade carving"), LocalDate.now());
		accounts.activate(subject);
		addresses.add(subject, new PostalAddress("Axe Checker", "1 Main St", null,
				"Flushing", "NY", "11355", "US", null));
		browser.manage().window().setSize(new Dimension(390, 900));
		browser.get("http://localhost:" + port + "/account/login");
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/account/login");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys("pale green jade carving");
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlContains("/account"));
		assertNoViolations("/account");
		var name = browser.findElement(By.id("name"));
		name.clear();
		browser.findElement(By.id("save-profile")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("name-error")));
		assertNoViolations("/account (with an error)");
		browser.manage().deleteAllCookies();
	}

	private void assertNoViolations(String page) {
		Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
		assertThat(results.getViolations()).as("WCAG violations on %s: %s", page, describe(results.getViolations()))
			.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
			.toList()
			.toString();
	}
}
