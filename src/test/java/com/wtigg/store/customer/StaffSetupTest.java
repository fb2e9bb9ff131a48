package com.wtigg.store.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.AccountStatus;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.staff.StaffSetup;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.security.StaffRole;

/**
 * The first admin is made with a one-time token from the log, never with a default password, and
 * must enrol the second factor before the back office opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PolicyClause({ "SEC-MFA", "SEC-ACCESS" })
class StaffSetupTest {

	private static final String PASSWORD = StaffFlows.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	StaffSetup setup;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	/** Other tests make admins; the setup is only open while there is none. */
	@BeforeEach
	void noActiveAdmin() {
		jdbc.sql("""
				update account set status = 'closed' where kind = 'staff' and status = 'active'
				and subject_id in (select subject_id from account_role where role = 'ADMIN')
				""").update();
	}

	private int activeAdmins() {
		return jdbc.sql("""
				select count(*) from account a join account_role r using (subject_id)
				where r.role = 'ADMIN' and a.status = 'active'
				""").query(Integer.class).single();
	}

	private WebClient.Page create(WebClient browser, String token, String email) {
		browser.get("/staff/setup?token=" + token);
		return browser.post("/staff/setup", "token", token, "name", "Ada Wong", "email", email, "password", PASSWORD,
				"passwordAgain", PASSWORD);
	}

	@Test
	void theSetupTokenMakesExactlyOneAdminOnce() {
		String token = setup.issueToken();
		WebClient browser = new WebClient(port);
		WebClient.Page form = browser.get("/staff/setup?token=" + token);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html().select("form[action=/staff/setup] input[name=password][type=password]")).hasSize(1);

		String email = StaffFlows.newEmail();
		WebClient.Page created = browser.post("/staff/setup", "token", token, "name", "Ada Wong", "email", email,
				"password", PASSWORD, "passwordAgain", PASSWORD);
		assertThat(created.redirect()).hasValue("/account/second-factor");
		Account admin = accounts.findByEmail(new EmailAddress(email)).orElseThrow();
		assertThat(admin.staff()).isTrue();
		assertThat(admin.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(admin.roles()).containsExactly(StaffRole.ADMIN);
		assertThat(admin.name()).isEqualTo("Ada Wong");
		assertThat(activeAdmins()).isOne();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'staff.setup' and subject_id = ?")
			.param(admin.subject().value()).query(Integer.class).single()).isOne();

		WebClient other = new WebClient(port);
		WebClient.Page again = other.get("/staff/setup?token=" + token);
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.text("#link-problem")).contains("already has an admin");
		String second = StaffFlows.newEmail();
		WebClient.Page reused = other.post("/staff/setup", "token", token, "name", "Eve", "email", second, "password",
				PASSWORD, "passwordAgain", PASSWORD);
		assertThat(reused.status()).isEqualTo(404);
		assertThat(accounts.findByEmail(new EmailAddress(second))).isEmpty();
		assertThat(activeAdmins()).isOne();
	}

	@Test
	void aUsedTokenStaysUsedEvenWhenNoAdminIsLeft() {
		String token = setup.issueToken();
		assertThat(create(new WebClient(port), token, StaffFlows.newEmail()).redirect()).hasValue("/account/second-factor");
		noActiveAdmin();
		WebClient.Page reused = create(new WebClient(port), token, StaffFlows.newEmail());
		assertThat(reused.status()).isEqualTo(404);
		assertThat(reused.text("#link-problem")).contains("not valid");
	}

	@Test
	void aNewTokenReplacesAnUnusedOne() {
		String first = setup.issueToken();
		String second = setup.issueToken();
		assertThat(setup.valid(first)).isFalse();
		assertThat(setup.valid(second)).isTrue();
		assertThat(new WebClient(port).get("/staff/setup?token=" + first).status()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "?token=", "?token=abc", "?token=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
			"?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })
	void aBadTokenGetsAClearPageInTheStoresLook(String query) {
		setup.issueToken();
		WebClient.Page page = new WebClient(port).get("/staff/setup" + query);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.html().select("header.site-header")).hasSize(1);
		assertThat(page.text("#link-problem")).contains("not valid");
		assertThat(page.body()).doesNotContain("<script>alert");
	}

	@Test
	@PolicyClause("SEC-MFA")
	void theAdminEnrolsTheSecondFactorBeforeTheBackOfficeOpens() {
		String token = setup.issueToken();
		WebClient browser = new WebClient(port);
		String email = StaffFlows.newEmail();
		assertThat(create(browser, token, email).redirect()).hasValue("/account/second-factor");
		var admin = accounts.findByEmail(new EmailAddress(email)).orElseThrow();

		assertThat(browser.get("/admin").redirect()).hasValue("/account/second-factor");
		assertThat(browser.get("/admin/customers").redirect()).hasValue("/account/second-factor");
		assertThat(browser.get("/admin/staff").redirect()).hasValue("/account/second-factor");

		WebClient.Page enrolment = browser.get("/account/second-factor");
		String secret = enrolment.text("#totp-secret");
		WebClient.Page wrong = browser.post("/account/second-factor/enrol", "code", StaffFlows.wrongCode(secret));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.text(".field-error")).contains("That code is not right");
		assertThat(wrong.text("#totp-secret")).isEqualTo(secret);
		assertThat(accounts.find(admin.subject()).orElseThrow().secondFactorEnabled()).isFalse();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'second-factor.failed' and subject_id = ?")
			.param(admin.subject().value()).query(Integer.class).single()).isOne();
		assertThat(browser.get("/admin").redirect()).hasValue("/account/second-factor");

		WebClient.Page codes = browser.post("/account/second-factor/enrol", "code", StaffFlows.code(secret, 0));
		assertThat(codes.status()).isEqualTo(200);
		assertThat(codes.html().select("#recovery-codes code")).hasSize(10);
		assertThat(accounts.find(admin.subject()).orElseThrow().secondFactorEnabled()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'second-factor.enrolled' and subject_id = ?")
			.param(admin.subject().value()).query(Integer.class).single()).isOne();
		assertThat(browser.get("/admin").redirect()).as("not before continuing").hasValue("/account/second-factor");

		assertThat(browser.post("/account/second-factor/continue").redirect()).hasValue("/admin");
		WebClient.Page home = browser.get("/admin");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.html().select(".staff-roles [data-role=ADMIN]")).hasSize(1);
		assertThat(home.html().select("a[href=/admin/staff]")).isNotEmpty();
		assertThat(browser.get("/account/second-factor").status()).as("the pending pages close once signed in").isEqualTo(403);
	}

	@Test
	void aForgedSetupFormIsRefused() {
		String token = setup.issueToken();
		String email = StaffFlows.newEmail();
		WebClient browser = new WebClient(port);
		browser.get("/staff/setup?token=" + token);
		WebClient.Page forged = browser.postWithoutToken("/staff/setup", "token", token, "name", "Ada", "email", email,
				"password", PASSWORD, "passwordAgain", PASSWORD);
		assertThat(forged.status()).isEqualTo(403);
		WebClient.Page wrongToken = browser.postWithoutToken("/staff/setup", "_csrf", "forged", "token", token, "name",
				"Ada", "email", email, "password", PASSWORD, "passwordAgain", PASSWORD);
		assertThat(wrongToken.status()).isEqualTo(403);
		assertThat(accounts.findByEmail(new EmailAddress(email))).isEmpty();
		assertThat(setup.valid(token)).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			name     | Ada Wong     | not-an-email     | PASSWORD | PASSWORD | email         | Enter an email address such as
			name     | Ada Wong     | a@b@example.com  | PASSWORD | PASSWORD | email         | Enter an email address such as
			name     | Ada Wong     | ''               | PASSWORD | PASSWORD | email         | Enter an email address.
			password | Ada Wong     | EMAIL            | ''       | ''       | password      | Enter a password.
			password | Ada Wong     | EMAIL            | x        | x        | password      | at least 8 characters
			password | Ada Wong     | EMAIL            | LONG     | LONG     | password      | at most 256 characters
			password | Ada Wong     | EMAIL            | password | password | password      | too common
			password | Ada Wong     | EMAIL            | PASSWORD | other one| passwordAgain | not the same
			name     | ''           | EMAIL            | PASSWORD | PASSWORD | name          | Enter your name.
			name     | HUGE         | EMAIL            | PASSWORD | PASSWORD | name          | at most 100 characters
			name     | CONTROL      | EMAIL            | PASSWORD | PASSWORD | name          | cannot be shown
			""")
	void badInputIsExplainedFieldByFieldAndStoresNothing(String kind, String name, String email, String password,
			String again, String field, String message) {
		String token = setup.issueToken();
		String address = StaffFlows.newEmail();
		String typedName = switch (name) {
			case "HUGE" -> "N".repeat(10_000);
			case "CONTROL" -> "Ada\u0000\nWong";
			default -> name;
		};
		String typedEmail = email.equals("EMAIL") ? address : email;
		String typedPassword = value(password);
		String typedAgain = value(again);
		WebClient browser = new WebClient(port);
		browser.get("/staff/setup?token=" + token);
		WebClient.Page page = browser.post("/staff/setup", "token", token, "name", typedName, "email", typedEmail,
				"password", typedPassword, "passwordAgain", typedAgain);
		assertThat(page.status()).as(kind).isEqualTo(400);
		assertThat(page.text("#f-" + field + "-error")).contains(message);
		assertThat(page.html().select("#f-password").val()).isEmpty();
		assertThat(page.html().select("#f-passwordAgain").val()).isEmpty();
		if (!email.equals("EMAIL")) {
			assertThat(page.html().select("#f-email").val()).isEqualTo(typedEmail);
		}
		else {
			assertThat(page.html().select("#f-email").val()).isEqualTo(address);
			assertThat(accounts.findByEmail(new EmailAddress(address))).isEmpty();
		}
		if (name.equals("Ada Wong")) {
			assertThat(page.html().select("#f-name").val()).isEqualTo("Ada Wong");
		}
		assertThat(activeAdmins()).isZero();
		assertThat(setup.valid(token)).isTrue();
	}

	private static String value(String password) {
		return switch (password) {
			case "PASSWORD" -> PASSWORD;
			case "LONG" -> "p".repeat(1000);
			default -> password;
		};
	}
}
