package com.wtigg.store.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.customer.staff.StaffSetup;

/**
 * People in Chromium: the age gate refuses a 13-year-old; a 30-year-old registers; the first
 * admin is made with the setup token, enrols the second factor and reaches the back office, where
 * the mailbox holds the customer's confirmation mail; its link confirms the address; the customer
 * signs in and corrects the profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PolicyClause({ "COL-ACCOUNT", "MIN-GATE", "SEC-MFA", "DSR-CORRECT" })
class AccountsBrowserTest {

	private static final String PASSWORD = "green jade from Burma 1995";

	@LocalServerPort
	int port;

	@Autowired
	StaffSetup staffSetup;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		jdbc.sql("delete from login_throttle").update();
		// the setup token makes the first admin only: other tests of this JVM may have made one
		jdbc.sql("update account set status = 'closed' where kind = 'staff' and status = 'active'").update();
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
	void registrationMailboxConfirmationSignInProfileAndStaffSecondFactor() throws Exception {
		String email = "wang.fang." + System.nanoTime() + "@example.com";

		browser.get(url("/account/register"));
		fillRegistration("Young Visitor", "young." + System.nanoTime() + "@example.com",
				LocalDate.now().minusYears(13).plusDays(1));
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Thank you for your interest"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("14 or older");
		Browser.screenshot(browser, "accounts-age-gate");

		browser.get(url("/account/register"));
		fillRegistration("Wang Fang", email, LocalDate.now().minusYears(30));
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Check your email"));

		browser.get(url("/staff/setup?token=" + staffSetup.issueToken()));
		type("f-name", "Store Admin");
		type("f-email", "admin." + System.nanoTime() + "@wtigg.com");
		type("f-password", PASSWORD);
		type("f-passwordAgain", PASSWORD);
		browser.findElement(By.cssSelector("form[action='/staff/setup'] button[type=submit]")).click();
		String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("totp-secret"))).getText().strip();
		assertThat(browser.findElement(By.cssSelector("img[src^='data:image/png']")).isDisplayed()).isTrue();
		Browser.screenshot(browser, "accounts-totp-enrolment");
		type("f-code", new DefaultCodeGenerator().generate(secret.replace(" ", ""), Instant.now().getEpochSecond() / 30));
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
		assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
		browser.findElement(By.id("continue")).click();
		wait.until(ExpectedConditions.urlToBe(url("/admin")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Customers");
		Browser.screenshot(browser, "accounts-back-office");

		browser.get(url("/admin/mailbox"));
		WebElement confirmation = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
				"//tr[td[contains(., '" + email + "')]]//a[contains(., 'Confirm your email')]")));
		Browser.screenshot(browser, "accounts-mailbox");
		confirmation.click();
		WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='/account/verify/']")));
		link.click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-email"))).click();
		wait.until(ExpectedConditions.urlContains("/account/login?verified"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("confirmed");

		browser.manage().deleteAllCookies();
		browser.get(url("/account/login"));
		type("email", email);
		type("password", PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlToBe(url("/account")));
		WebElement name = browser.findElement(By.id("name"));
		assertThat(name.getAttribute("value")).isEqualTo("Wang Fang");
		name.clear();
		name.sendKeys("Wang Fang (王芳)");
		browser.findElement(By.id("save-profile")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "saved"));
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Wang Fang (王芳)");
		assertThat(browser.findElement(By.id("account-link")).isDisplayed()).isTrue();
		Browser.screenshot(browser, "accounts-profile");
	}

	private void fillRegistration(String name, String email, LocalDate birthDate) {
		type("name", name);
		type("email", email);
		type("password", PASSWORD);
		WebElement born = browser.findElement(By.id("birthDate"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", born, birthDate.toString());
		browser.findElement(By.cssSelector("form[action='/account/register'] button[type=submit]")).click();
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
