package com.wtigg.store.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.ordering.CheckoutFlows;
import com.wtigg.store.privacy.PrivacyRequestMails;
import com.wtigg.store.privacy.requests.RequestThrottle;
import com.wtigg.store.shared.security.StaffRole;

/**
 * In Chromium: a customer with an order asks the privacy center for a copy, downloads the ZIP from
 * the mailed link and opens it, then deletes the account; they cannot sign in again, and staff
 * still find the order, without its buyer's name, email or phone.
 */
@AccountTest
@PolicyClause({ "DSR-ACCESS", "DSR-PORTABLE", "DSR-DELETE" })
class PrivacyCenterBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixture accounts;

	@Autowired
	Accounts accountStore;

	@Autowired
	AccountTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail smtp;

	@Autowired
	RequestThrottle throttle;

	ChromeDriver browser;

	WebDriverWait wait;

	Path downloads;

	@BeforeEach
	void openBrowser() throws IOException {
		downloads = Files.createTempDirectory(Path.of("target"), "downloads");
		browser = Browser.start(downloads);
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		throttle.reset();
		jdbc.sql("delete from login_throttle").update();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aCustomerDownloadsTheirDataThenDeletesTheAccountAndTheOrderStaysForStaffWithoutThem() throws Exception {
		String email = AccountFixture.uniqueEmail("center");
		WebClient shop = accounts.browser();
		accounts.signedInCustomer(shop, "Chen Jingyi", email);
		String number = deliveredOrder(shop, email);

		signIn(email);
		browser.get(url("/privacy"));
		Browser.screenshot(browser, "privacy-1-center");
		browser.findElement(By.id("ask-access")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request-form")));
		browser.findElement(By.id("type-access")).click();
		browser.findElement(By.id("send-request")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request-received")));
		Browser.screenshot(browser, "privacy-2-received");

		String link = new PrivacyRequestMails(smtp).downloadPath(email);
		browser.get(url(link));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("download"))).click();
		Path zip = await().atMost(Duration.ofSeconds(20)).until(this::downloadedZip, p -> p != null);
		Map<String, String> files = unzip(zip);
		assertThat(files).containsKeys("data.json", "README.txt");
		assertThat(files.get("data.json")).contains(email).contains("Chen Jingyi").contains(number);

		browser.get(url("/privacy/requests/new?type=deletion"));
		browser.findElement(By.id("type-deletion")).click();
		browser.findElement(By.id("send-request")).click();
		wait.until(ExpectedConditions.urlContains("/privacy"));
		Browser.screenshot(browser, "privacy-3-after-deletion");
		browser.get(url("/account"));
		wait.until(ExpectedConditions.urlContains("/account/login"));
		signInExpectingFailure(email);

		WebClient staff = new StaffFlows(accountStore, tokens, port).signedIn(EnumSet.of(StaffRole.FULFILMENT)).browser();
		UUID order = jdbc.sql("select id from shop_order where number = ?").param(number).query(UUID.class).single();
		WebClient.Page detail = staff.get("/admin/orders/" + order);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.body()).contains(number).doesNotContain("Chen Jingyi").doesNotContain(email)
			.doesNotContain("718 555 0199");
	}

	private String deliveredOrder(WebClient shop, String email) {
		CheckoutFlows flows = new CheckoutFlows(jdbc);
		CheckoutFlows.addToCart(shop, flows.piece("pendants", 1, 64_00));
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(shop, CheckoutFlows.with(CheckoutFlows.usContact(email),
				"shippingRecipient", "Chen Jingyi", "phone", "+1 718 555 0199")));
		CheckoutFlows.pay(shop, CheckoutFlows.place(shop, key), CheckoutFlows.CARD_OK);
		// the parcel arrived: nothing holds the erasure any more
		jdbc.sql("update shop_order set status = 'delivered' where id = ?").param(UUID.fromString(key)).update();
		return jdbc.sql("select number from shop_order where id = ?").param(UUID.fromString(key)).query(String.class).single();
	}

	private void signIn(String email) {
		browser.get(url("/account/login"));
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(AccountFixture.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlToBe(url("/account")));
	}

	private void signInExpectingFailure(String email) throws IOException {
		browser.get(url("/account/login"));
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(AccountFixture.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".form-summary, .field-error")));
		Browser.screenshot(browser, "privacy-4-sign-in-refused");
		assertThat(browser.getCurrentUrl()).contains("/account/login");
	}

	private Path downloadedZip() throws IOException {
		try (Stream<Path> files = Files.list(downloads)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".zip")).findFirst().orElse(null);
		}
	}

	private static Map<String, String> unzip(Path zip) throws IOException {
		Map<String, String> entries = new HashMap<>();
		try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

	private String url(String path) {
		return path.startsWith("http") ? path : "http://localhost:" + port + path;
	}
}
