package com.wtigg.store.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.AccountStatus;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

/**
 * Admins invite staff with their roles; the invited person sets a password through the mailed
 * link and must enrol the second factor; bad input anywhere is explained and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
@PolicyClause({ "SEC-ACCESS", "SEC-MFA" })
class StaffInvitationTest {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	@Autowired
	CustomerApi customers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	MockMvcTester mvc;

	StaffFlows flows;

	@BeforeEach
	void setUp() {
		mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		flows = new StaffFlows(accounts, tokens, port);
	}

	private int staffAccounts() {
		return jdbc.sql("select count(*) from account where kind = 'staff'").query(Integer.class).single();
	}

	private int audited(String action, SubjectId subject) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?")
			.params(action, subject.value()).query(Integer.class).single();
	}

	@Test
	void anInvitedStaffMemberJoinsThroughTheMailedLinkAndEnrols() {
		StaffFlows.Staff admin = flows.signedIn(EnumSet.of(StaffRole.ADMIN));
		String email = StaffFlows.newEmail();
		MvcTestResult invited = mvc.post().uri("/admin/staff/invitations").with(csrf())
			.with(authentication(StaffFlows.staff(admin.subject(), EnumSet.of(StaffRole.ADMIN))))
			.param("email", email).param("role", "SUPPORT_AGENT").param("role", "FULFILMENT").exchange();
		assertThat(invited.getResponse().getRedirectedUrl()).isEqualTo("/admin/staff?invited");

		List<AccountMail.StaffInvited> mails = events.stream(AccountMail.StaffInvited.class).toList();
		assertThat(mails).hasSize(1);
		AccountMail.StaffInvited mail = mails.getFirst();
		Account account = accounts.findByEmail(new EmailAddress(email)).orElseThrow();
		assertThat(mail.subject()).isEqualTo(account.subject());
		assertThat(mail.roles()).containsExactlyInAnyOrder(StaffRole.SUPPORT_AGENT, StaffRole.FULFILMENT);
		assertThat(mail.expiresAt()).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(120),
				Instant.now().plus(Duration.ofDays(7)));
		assertThat(account.status()).isEqualTo(AccountStatus.INVITED);
		assertThat(account.roles()).containsExactlyInAnyOrder(StaffRole.SUPPORT_AGENT, StaffRole.FULFILMENT);
		assertThat(audited("staff.invited", account.subject())).isOne();
		String link = customers.unseal(mail.subject(), mail.sealedLink()).orElseThrow();
		assertThat(link).matches("/staff/invite/[A-Za-z0-9_-]{43}");

		StaffFlows.Staff joined = flows.acceptAndEnrol(link, email);
		Account accepted = accounts.find(joined.subject()).orElseThrow();
		assertThat(accepted.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(accepted.name()).isEqualTo("Mei Lin");
		assertThat(accepted.secondFactorEnabled()).isTrue();
		assertThat(joined.browser().post("/account/second-factor/continue").redirect()).hasValue("/admin");
		assertThat(joined.browser().get("/admin").status()).isEqualTo(200);

		WebClient.Page again = new WebClient(port).get(link);
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.text("#link-problem")).contains("used already");

		WebClient.Page list = admin.browser().get("/admin/staff");
		assertThat(list.status()).isEqualTo(200);
		var row = list.html().selectFirst("#staff-table tr[data-subject=" + joined.subject() + "]");
		assertThat(row).isNotNull();
		assertThat(row.text()).contains("Mei Lin", email, "Support agent", "Fulfilment", "Active", "On");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'staff.listed' and actor = ?")
			.param("staff:" + admin.subject()).query(Integer.class).single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void theInviteFormSaysWhenTheEmailIsTaken() {
		StaffFlows.Staff admin = flows.signedIn(EnumSet.of(StaffRole.ADMIN));
		String email = StaffFlows.newEmail();
		admin.browser().get("/admin/staff");
		assertThat(admin.browser().post("/admin/staff/invitations", "email", email, "role", "CATALOG_MANAGER").redirect())
			.hasValue("/admin/staff?invited");
		assertThat(admin.browser().get("/admin/staff?invited").text("#invited")).contains("7 days");
		int before = staffAccounts();
		WebClient.Page taken = admin.browser().post("/admin/staff/invitations", "email", email.toUpperCase(Locale.ROOT),
				"role", "CATALOG_MANAGER");
		assertThat(taken.status()).isEqualTo(400);
		assertThat(taken.text("#f-email-error")).contains("already uses this email");
		assertThat(staffAccounts()).isEqualTo(before);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			not-an-email         | SUPPORT_AGENT | email | Enter an email address such as
			''                   | SUPPORT_AGENT | email | Enter an email address.
			CONTROL              | SUPPORT_AGENT | email | Enter an email address such as
			HUGE                 | SUPPORT_AGENT | email | Enter an email address such as
			EMAIL                | ROOT          | role  | not a role of the store
			EMAIL                | ''            | role  | Choose at least one role
			EMAIL                | admin         | role  | not a role of the store
			""")
	void badInvitationsAreExplainedAndStoreNothing(String email, String role, String field, String message) {
		StaffFlows.Staff admin = flows.signedIn(EnumSet.of(StaffRole.ADMIN));
		String typed = switch (email) {
			case "EMAIL" -> StaffFlows.newEmail();
			case "CONTROL" -> "mei\u0000lin@example.com";
			case "HUGE" -> "m".repeat(10_000) + "@example.com";
			default -> email;
		};
		admin.browser().get("/admin/staff");
		int before = staffAccounts();
		WebClient.Page page = role.isEmpty() ? admin.browser().post("/admin/staff/invitations", "email", typed)
				: admin.browser().post("/admin/staff/invitations", "email", typed, "role", role, "role", "FULFILMENT");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#f-" + field + "-error")).contains(message);
		if (email.equals("EMAIL") || email.equals("not-an-email")) {
			assertThat(page.html().select("#f-email").val()).isEqualTo(typed);
		}
		if (!role.isEmpty()) {
			assertThat(page.html().select("input[name=role][value=FULFILMENT]").hasAttr("checked")).isTrue();
		}
		assertThat(staffAccounts()).isEqualTo(before);
	}

	@Test
	void aForgedInvitationIsRefused() {
		StaffFlows.Staff admin = flows.signedIn(EnumSet.of(StaffRole.ADMIN));
		admin.browser().get("/admin/staff");
		int before = staffAccounts();
		assertThat(admin.browser().postWithoutToken("/admin/staff/invitations", "email", StaffFlows.newEmail(), "role",
				"ADMIN").status()).isEqualTo(403);
		assertThat(admin.browser().postWithoutToken("/admin/staff/invitations", "_csrf", "forged", "email",
				StaffFlows.newEmail(), "role", "ADMIN").status()).isEqualTo(403);
		assertThat(staffAccounts()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%3Cscript%3E", "LONG" })
	void aBadInvitationLinkGetsAClearPage(String given) {
		String token = given.equals("LONG") ? "x".repeat(500) : given;
		WebClient browser = new WebClient(port);
		WebClient.Page page = browser.get("/staff/invite/" + token);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text("#link-problem")).contains("not valid");
		browser.get("/");
		assertThat(browser.post("/staff/invite/" + token, "name", "Eve", "password", StaffFlows.PASSWORD, "passwordAgain",
				StaffFlows.PASSWORD).status()).isEqualTo(404);
	}

	@Test
	void anExpiredInvitationGetsAClearPage() {
		String email = StaffFlows.newEmail();
		SubjectId subject = accounts.createInvitedStaff(new EmailAddress(email), Set.of(StaffRole.SUPPORT_AGENT), Locale.ENGLISH);
		String token = tokens.issue(subject, AccountTokens.Purpose.STAFF_INVITE, Duration.ofSeconds(-1)).token();
		WebClient.Page page = new WebClient(port).get("/staff/invite/" + token);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text("#link-problem")).contains("expired");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Mei Lin | ''        | ''        | password      | Enter a password.
			Mei Lin | x         | x         | password      | at least 8 characters
			Mei Lin | LONG      | LONG      | password      | at most 256 characters
			Mei Lin | EMAIL     | EMAIL     | password      | must not be your name or email
			Mei Lin | PASSWORD  | different | passwordAgain | not the same
			''      | PASSWORD  | PASSWORD  | name          | Enter your name.
			HUGE    | PASSWORD  | PASSWORD  | name          | at most 100 characters
			CONTROL | PASSWORD  | PASSWORD  | name          | cannot be shown
			""")
	void badInputOnTheInvitationIsExplainedAndStoresNothing(String name, String password, String again, String field,
			String message) {
		String email = StaffFlows.newEmail();
		String link = flows.invitationLink(email, EnumSet.of(StaffRole.SUPPORT_AGENT));
		String typedName = switch (name) {
			case "HUGE" -> "名".repeat(10_000);
			case "CONTROL" -> "Mei\u001b[31mLin";
			default -> name;
		};
		WebClient browser = new WebClient(port);
		browser.get(link);
		WebClient.Page page = browser.post(link, "name", typedName, "password", value(password, email), "passwordAgain",
				value(again, email));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#f-" + field + "-error")).contains(message);
		assertThat(page.html().select("#f-password").val()).isEmpty();
		if (name.equals("Mei Lin")) {
			assertThat(page.html().select("#f-name").val()).isEqualTo("Mei Lin");
		}
		Account account = accounts.findByEmail(new EmailAddress(email)).orElseThrow();
		assertThat(account.status()).isEqualTo(AccountStatus.INVITED);
		assertThat(account.passwordHash()).isNull();
		assertThat(browser.get(link).status()).as("the link still works").isEqualTo(200);
	}

	private static String value(String password, String email) {
		return switch (password) {
			case "PASSWORD" -> StaffFlows.PASSWORD;
			case "LONG" -> "p".repeat(1000);
			case "EMAIL" -> email;
			default -> password;
		};
	}

	@Test
	void aForgedAcceptanceIsRefused() {
		String email = StaffFlows.newEmail();
		String link = flows.invitationLink(email, EnumSet.of(StaffRole.SUPPORT_AGENT));
		WebClient browser = new WebClient(port);
		browser.get(link);
		assertThat(browser.postWithoutToken(link, "name", "Eve", "password", StaffFlows.PASSWORD, "passwordAgain",
				StaffFlows.PASSWORD).status()).isEqualTo(403);
		assertThat(accounts.findByEmail(new EmailAddress(email)).orElseThrow().status()).isEqualTo(AccountStatus.INVITED);
	}
}
