package com.wtigg.store.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.notification.Inbox;

/**
 * A guest in Chromium buys a pendant with the sandbox's success card, sees the confirmation and
 * receives the confirmation mail; another guest's card is declined, the page says so and the cart
 * still holds the piece. Every checkout page passes axe-core's WCAG 2.2 A and AA rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PolicyClause("SHOP-CHECKOUT")
class CheckoutBrowserTest {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail smtp;

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

	@Test
	void aGuestBuysAPendantSeesTheConfirmationAndReceivesTheMail() throws Exception {
		String name = pendant();
		String email = "guest." + System.nanoTime() + "@example.com";
		addToCartAndCheckOut(name, email, "checkout-ok");
		payWith("4242 4242 4242 4242", "checkout-ok");

		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Thank you for your order"));
		String number = browser.findElement(By.id("order-number")).getText().strip();
		assertThat(number).isNotBlank();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(name);
		Browser.screenshot(browser, "checkout-ok-6-confirmation");
		assertAccessible("confirmation");

		Inbox inbox = new Inbox(smtp);
		await().atMost(Duration.ofSeconds(15)).until(() -> inbox.to(email).size() == 1);
		MimeMessage mail = inbox.to(email).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Your WTIGG order is confirmed");
		assertThat(Inbox.text(mail)).contains(number, name).doesNotContain("4242");
	}

	@Test
	void aDeclinedCardSaysSoAndTheCartStillHoldsThePiece() throws Exception {
		String name = pendant();
		addToCartAndCheckOut(name, "declined." + System.nanoTime() + "@example.com", "checkout-declined");
		payWith("4000 0000 0000 0002", "checkout-declined");

		WebElement declined = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payment-declined")));
		assertThat(declined.getText()).contains("The card was declined", "Nothing was charged");
		assertThat(browser.getCurrentUrl()).contains("/checkout/review");
		Browser.screenshot(browser, "checkout-declined-6-review");
		assertAccessible("review after a declined card");

		browser.get(url("/cart"));
		assertThat(browser.findElement(By.cssSelector(".cart-table tbody")).getText()).contains(name);
		Browser.screenshot(browser, "checkout-declined-7-cart");
	}

	/** A new one-of-a-kind pendant of this test's own; returns its English name. */
	private String pendant() {
		String slug = "browser-checkout-" + UUID.randomUUID();
		String name = "Browser test pendant " + slug.substring(slug.length() - 6);
		String colour = jdbc.sql("select key from catalog_colour order by position limit 1").query(String.class).single();
		jdbc.sql("""
				insert into catalog_piece (slug, category, name_en, name_zh, description_en, description_zh, jade_type, colour,
				  treatment_grade, origin, weight_g, certificate_lab, certificate_number, price_cents, stock)
				values (?, 'pendants', ?, '浏览器测试吊坠', 'A test piece.', '测试作品。', 'JADEITE', ?, 'A', 'Myanmar', 9.5, 'GIA', ?, 86000, 1)
				""").params(slug, name, colour, "CERT-" + slug).update();
		// each node reloads its copy of the catalog within store.catalog.refresh-interval
		new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(500)).until(driver -> {
			driver.get(url("/p/" + slug));
			return !driver.findElements(By.cssSelector("form.add-to-cart")).isEmpty();
		});
		return name;
	}

	/** From the piece's page through the cart and the steps to the sandbox's card page. */
	private void addToCartAndCheckOut(String name, String email, String shots) throws Exception {
		browser.findElement(By.cssSelector("form.add-to-cart button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("cart-feedback"), "")));
		browser.get(url("/cart"));
		assertThat(browser.findElement(By.cssSelector(".cart-table tbody")).getText()).contains(name);
		browser.findElement(By.id("checkout-link")).click();

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-form")));
		type("email", email);
		type("shippingRecipient", "Mei Lin");
		type("shippingLine1", "136-20 38th Avenue");
		type("shippingCity", "Flushing");
		type("shippingRegion", "NY");
		type("shippingPostalCode", "11354");
		assertThat(browser.findElement(By.id("sameBilling")).isSelected()).isTrue();
		Browser.screenshot(browser, shots + "-1-contact");
		assertAccessible("contact");
		submit("contact-form");

		WebElement option = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#shipping-form input[name=option]")));
		option.click();
		Browser.screenshot(browser, shots + "-2-shipping");
		assertAccessible("shipping");
		submit("shipping-form");

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preferences-form")));
		type("engraving", "福");
		Browser.screenshot(browser, shots + "-3-preferences");
		assertAccessible("preferences");
		submit("preferences-form");

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("place-form")));
		assertThat(browser.findElement(By.id("review-lines")).getText()).contains(name);
		Browser.screenshot(browser, shots + "-4-review");
		assertAccessible("review");
		submit("place-form");
	}

	private void payWith(String card, String shots) throws Exception {
		wait.until(ExpectedConditions.urlContains("/payment/sandbox/pay/"));
		type("name", "Mei Lin");
		type("number", card);
		type("expiry", "12/39");
		type("cvv", "123");
		Browser.screenshot(browser, shots + "-5-card");
		assertAccessible("sandbox card page");
		browser.findElement(By.cssSelector("form[action^='/payment/sandbox/pay/'] button[type=submit]")).click();
	}

	private void assertAccessible(String page) {
		Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
		assertThat(results.getViolations())
			.as("WCAG violations on the %s page: %s", page, results.getViolations().stream()
				.map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList())
			.isEmpty();
	}

	private void submit(String form) {
		browser.findElement(By.cssSelector("#" + form + " button[type=submit]")).click();
	}

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
