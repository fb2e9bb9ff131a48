package com.wtigg.store.privacy.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.browser.Browser;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.security.StaffRole;

/**
 * In Chromium, as the privacy officer: the queue shows a copy being downloaded with its progress
 * bar, and an officer takes a request from its page and finds their name on it in the queue.
 */
@AccountTest
class StaffQueueBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	@Autowired
	RequestIntake intake;

	@Autowired
	ExportProgress exports;

	@Test
	@PolicyClause({ "DSR-ACCESS", "DSR-DEADLINE" })
	void theOfficerSeesACopyRunningAndTakesARequest() throws Exception {
		WebClient officer = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.PRIVACY_OFFICER)).browser();
		PrivacyRequest request = intake.submitUnproven(new RequestForm(RequestType.PORTABILITY,
				EmailAddress.parse(AccountFixture.uniqueEmail("queue")).orElseThrow(), null, "DE", "", null,
				Locale.ENGLISH), RequestChannel.POST, "staff:test");
		ChromeDriver browser = Browser.start();
		try (ExportProgress.Running run = exports.start(request)) {
			run.started(16);
			run.category("analytics_events");
			for (int i = 0; i < 42_000; i++) {
				run.row();
			}
			for (int i = 0; i < 4; i++) {
				run.holderDone();
			}
			browser.get("http://localhost:" + port + "/cookies");
			browser.manage().addCookie(new Cookie("session", officer.cookie("session").orElseThrow(), "/"));
			browser.get("http://localhost:" + port + "/admin/privacy/requests");

			WebElement running = browser.findElement(By.cssSelector("#running-exports tr[data-reference='" + request.reference() + "']"));
			assertThat(running.getText()).contains("4 of 16 sources read").contains("42,000 rows written")
				.contains("now: analytics_events");
			assertThat(running.findElement(By.tagName("progress")).getDomProperty("value")).isEqualTo("25");
			assertThat(browser.findElement(By.cssSelector("#request-table tr[data-reference='" + request.reference() + "'] td.assignee"))
				.getText()).isEqualTo("Nobody yet");
			browser.executeScript("arguments[0].scrollIntoView()", running);
			Browser.screenshot(browser, "privacy-queue-1-running-copy");

			running.findElement(By.linkText(request.reference())).click();
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("assign-me")))
				.click();
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(ExpectedConditions.textToBe(By.id("request-assignee"), "You"));
			assertThat(browser.findElement(By.id("request-export")).getText()).contains("42,000 rows written");
			Browser.screenshot(browser, "privacy-queue-2-taken");

			browser.get("http://localhost:" + port + "/admin/privacy/requests?assigned=me");
			assertThat(browser.findElement(By.cssSelector("#request-table tr[data-reference='" + request.reference() + "'] td.assignee"))
				.getText()).isEqualTo("You");
		}
		finally {
			browser.quit();
		}
	}
}
