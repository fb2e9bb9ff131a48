package com.wtigg.store.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.WebClient;
import com.wtigg.store.customer.account.Accounts;

/**
 * The account forms with bad input: a clear message beside each field, the form kept filled in
 * (never the password), nothing stored, never a 500.
 */
@AccountTest
class AccountBadInputTest {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountFixture fixture;

	@BeforeEach
	void noFailedSignIns() {
		fixture.forgetFailedSignIns();
	}

	private WebClient.Page register(WebClient browser, String name, String email, String password, String phone,
			String birthDate) {
		browser.get("/account/register");
		return browser.post("/account/register", "name", name, "email", email, "password", password, "phone", phone,
				"birthDate", birthDate);
	}

	@Test
	void registrationRefusesEachBadFieldWithItsOwnMessageAndStoresNothing() {
		long before = jdbc.sql("select count(*) from account").query(Long.class).single();
		WebClient browser = fixture.browser();
		String[][] cases = {
				{ "x".repeat(10_000), "ok@example.com", AccountFixture.PASSWORD, "", "1990-01-01", "name", "at most 100" },
				{ "Bell\u0007Name", "ok@example.com", AccountFixture.PASSWORD, "", "1990-01-01", "name", "control characters" },
				{ "", "ok@example.com", AccountFixture.PASSWORD, "", "1990-01-01", "name", "enter your name" },
				{ "Good Name", "not-an-email", AccountFixture.PASSWORD, "", "1990-01-01", "email", "look like an email" },
				{ "Good Name", "a@b", AccountFixture.PASSWORD, "", "1990-01-01", "email", "look like an email" },
				{ "Good Name", "ok@example.com", "x", "", "1990-01-01", "password", "at least 8" },
				{ "Good Name", "ok@example.com", "y".repeat(1000), "", "1990-01-01", "password", "at most 256" },
				{ "Good Name", "ok@example.com", "password123", "", "1990-01-01", "password", "common passwords" },
				{ "Good Name", "ok@example.com", AccountFixture.PASSWORD, "12", "1990-01-01", "phone", "phone number" },
				{ "Good Name", "ok@example.com", AccountFixture.PASSWORD, "+1 718 555 0100\n", "1990-01-01", "phone", "phone number" },
				{ "Good Name", "ok@example.com", AccountFixture.PASSWORD, "", LocalDate.now().plusDays(3).toString(), "birthDate", "future" },
				{ "Good Name", "ok@example.com", AccountFixture.PASSWORD, "", "31/12/1990", "birthDate", "real date" },
				{ "Good Name", "ok@example.com", AccountFixture.PASSWORD, "", "", "birthDate", "date of birth" } };
		for (String[] bad : cases) {
			WebClient.Page page = register(browser, bad[0], bad[1], bad[2], bad[3], bad[4]);
			assertThat(page.status()).as(bad[5]).isEqualTo(422);
			assertThat(page.text("#" + bad[5] + "-error")).as(bad[5]).contains(bad[6]);
			assertThat(page.html().select("#password").attr("value")).isEmpty();
			if (!bad[5].equals("email")) {
				assertThat(page.html().select("#email").attr("value")).isEqualTo(bad[1]);
			}
			if (!bad[5].equals("birthDate")) {
				assertThat(page.html().select("#birthDate").attr("value")).isEqualTo(bad[4]);
			}
		}
		assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aFormWithoutOrWithAForgedCsrfTokenIsRefusedAndNothingIsStored() {
		long before = jdbc.sql("select count(*) from account").query(Long.class).single();
		WebClient browser = fixture.browser();
		browser.get("/account/register");
		String email = AccountFixture.uniqueEmail("forged");
		WebClient.Page missing = browser.postWithoutToken("/account/register", "name", "Forged", "email", email,
				"password", AccountFixture.PASSWORD, "birthDate", "1990-01-01");
		WebClient.Page forged = browser.postWithoutToken("/account/register", "_csrf", "forged-token-value", "name",
				"Forged", "email", email, "password", AccountFixture.PASSWORD, "birthDate", "1990-01-01");
		for (WebClient.Page page : new WebClient.Page[] { missing, forged }) {
			assertThat(page.status()).isEqualTo(403);
			assertThat(page.text("main")).contains("reload the page");
			assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.");
		}
		assertThat(browser.postWithoutToken("/account/login", "email", email, "password", "x").status()).isEqualTo(403);
		assertThat(browser.postWithoutToken("/account/reset", "email", email).status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void signInAndResetFormsExplainBadInput() {
		WebClient browser = fixture.browser();
		browser.get("/account/login");
		WebClient.Page empty = browser.post("/account/login", "email", "", "password", "");
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.text("#email-error")).contains("enter your email");
		assertThat(empty.text("#password-error")).contains("enter a password");
		WebClient.Page malformed = browser.post("/account/login", "email", "x".repeat(10_000), "password", "p".repeat(1000));
		assertThat(malformed.status()).isEqualTo(422);
		assertThat(malformed.text("#email-error")).contains("look like an email");

		browser.get("/account/reset");
		WebClient.Page reset = browser.post("/account/reset", "email", "nobody at example dot com");
		assertThat(reset.status()).isEqualTo(422);
		assertThat(reset.html().select("#email").attr("value")).isEqualTo("nobody at example dot com");
		assertThat(browser.get("/account/reset/not-a-real-token").status()).isEqualTo(410);
		assertThat(browser.post("/account/reset/new", "token", "bad", "password", AccountFixture.PASSWORD).status())
			.isEqualTo(410);
		assertThat(browser.get("/account/verify/%E2%80%AE-odd").status()).isEqualTo(410);
	}

	@Test
	void theAccountPageRefusesBadProfileInputAndKeepsWhatWasTyped() {
		WebClient browser = fixture.browser();
		String email = AccountFixture.uniqueEmail("profile");
		var subject = fixture.signedInCustomer(browser, "Kept Name", email);
		browser.get("/account");
		WebClient.Page bad = browser.post("/account/profile", "name", "n".repeat(10_000), "phone", "call me maybe",
				"language", "fr");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.text("#name-error")).contains("at most 100");
		assertThat(bad.text("#phone-error")).contains("phone number");
		assertThat(bad.html().select("#phone").attr("value")).isEqualTo("call me maybe");
		assertThat(accounts.find(subject).orElseThrow().name()).isEqualTo("Kept Name");

		WebClient.Page wrongPassword = browser.post("/account/password", "currentPassword", "not mine", "newPassword", "1");
		assertThat(wrongPassword.status()).isEqualTo(422);
		assertThat(wrongPassword.text("#currentPassword-error")).contains("not your current password");
		assertThat(wrongPassword.text("#newPassword-error")).contains("at least 8");

		WebClient.Page badEmail = browser.post("/account/email", "email", "still not an email", "password", AccountFixture.PASSWORD);
		assertThat(badEmail.status()).isEqualTo(422);
		assertThat(badEmail.html().select("#newEmail").attr("value")).isEqualTo("still not an email");
		assertThat(browser.post("/account/addresses/not-a-uuid/remove").status()).isEqualTo(404);
		assertThat(browser.post("/account/addresses/" + java.util.UUID.randomUUID() + "/remove").status()).isEqualTo(404);
	}
}
