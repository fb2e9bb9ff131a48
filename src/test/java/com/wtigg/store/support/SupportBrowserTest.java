package com.wtigg.store.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import com.wtigg.store.browser.Browser;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.notification.Inbox;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.crypto.PasswordHashing;
import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.support.screenshot.Screenshot;
import com.wtigg.store.support.ticket.Ticket;
import com.wtigg.store.support.ticket.TicketRepository;
import com.wtigg.store.support.web.TicketThrottle;

/**
 * In Chromium, a customer sends a ticket with a phone photo that carries its GPS position and the
 * camera's serial number; the copy the store keeps has neither; a support agent replies; the
 * customer gets the mail, follows its link and reads the reply.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PolicyClause("COL-SUPPORT")
class SupportBrowserTest {

	private static final String PASSWORD = "jade pendant from Hotan 1987";

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TicketThrottle throttle;

	@Autowired
	GreenMail smtp;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	@Autowired
	TicketRepository tickets;

	@TempDir
	Path folder;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		jdbc.sql("delete from login_throttle").update();
		throttle.reset();
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

	@Test
	void aPhotosGpsPositionIsNotKeptAndTheCustomerReadsTheStaffReplyFromTheMail() throws Exception {
		String email = "support." + UUID.randomUUID() + "@example.com";
		SubjectId customer = accounts.createCustomer(new EmailAddress(email), "Chen Jing", null, Locale.ENGLISH,
				PasswordHashing.encoder().encode(PASSWORD), LocalDate.of(2026, 1, 5));
		accounts.activate(customer);
		Path photo = folder.resolve("IMG_0042.jpg");
		Files.write(photo, Images.fixture("gps-photo.jpg"));
		assertThat(ScreenshotCheckTest.exifSegments(Files.readAllBytes(photo))).isPositive();

		browser.get(url("/account/login"));
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlToBe(url("/account")));

		browser.get(url("/support"));
		browser.findElement(By.id("support-send")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("topic-error")));
		assertAccessible("the support form with errors");
		new Select(browser.findElement(By.id("topic"))).selectByValue("return");
		browser.findElement(By.id("message")).sendKeys("The clasp of my bangle is loose, see the photo.");
		browser.findElement(By.id("screenshots")).sendKeys(photo.toAbsolutePath().toString());
		Browser.screenshot(browser, "support-1-form");
		browser.findElement(By.id("support-send")).click();
		wait.until(ExpectedConditions.urlContains("/account/support/S-"));
		assertThat(browser.findElement(By.id("thread")).getText()).contains("The clasp of my bangle is loose", "screenshot-1.jpg");
		String number = browser.getCurrentUrl().replaceAll(".*/(S-[0-9A-Z]{8}).*", "$1");

		Ticket ticket = tickets.findByNumber(number).orElseThrow();
		var attachment = tickets.thread(ticket).getFirst().attachments().getFirst();
		Screenshot stored = tickets.attachment(ticket, attachment.id()).orElseThrow();
		assertThat(stored.contentType()).isEqualTo("image/jpeg");
		assertThat(stored.width()).isEqualTo(320);
		assertThat(ScreenshotCheckTest.exifSegments(stored.bytes())).isZero();
		assertThat(new String(stored.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("SN-0042-7781").doesNotContain("Exif");

		StaffFlows.Staff agent = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.SUPPORT_AGENT));
		agent.browser().get("/admin/support/" + number);
		assertThat(agent.browser().post("/admin/support/" + number + "/reply", "reply", "Please send it back; we will fix the clasp.")
			.redirect()).isPresent();

		Inbox inbox = new Inbox(smtp);
		await().atMost(Duration.ofSeconds(15)).until(() -> !inbox.to(email).isEmpty());
		MimeMessage mail = inbox.to(email).getFirst();
		String text = Inbox.text(mail);
		assertThat(text).doesNotContain("fix the clasp");
		String link = text.lines().map(String::strip).filter(l -> l.startsWith("http") && l.contains("/account/support/"))
			.findFirst().orElseThrow();
		browser.get(link);
		WebElement thread = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread")));
		assertThat(thread.getText()).contains("Please send it back; we will fix the clasp.");
		assertThat(browser.findElement(By.id("ticket-status")).getText()).isEqualTo("Answered");
		Browser.screenshot(browser, "support-2-reply");
		assertAccessible("a ticket's page");
	}

	@Test
	void aGuestsFormAndItsSentPageAreAccessibleInChinese() {
		browser.get(url("/support"));
		browser.findElement(By.cssSelector(".language-switch button")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "客户服务"));
		assertAccessible("the guest's support form in Chinese");
		new Select(browser.findElement(By.id("topic"))).selectByValue("styling");
		browser.findElement(By.id("email")).sendKeys("guest." + UUID.randomUUID() + "@example.com");
		browser.findElement(By.id("message")).sendKeys("哪条项链配这个吊坠？");
		browser.findElement(By.id("support-send")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ticket-link")));
		assertAccessible("the guest's sent page in Chinese");
		browser.findElement(By.id("ticket-link")).click();
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread"))).getText()).contains("哪条项链配这个吊坠？");
		assertAccessible("the guest's ticket in Chinese");
	}

	private void assertAccessible(String page) {
		Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
		assertThat(results.getViolations()).as("WCAG violations on %s: %s", page,
				results.getViolations().stream().map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList())
			.isEmpty();
	}
}
