package com.wtigg.store.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.AccountStatus;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.notification.mailbox.Mailbox;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Registration, confirmation, sign-in and sign-out through the real server, with sessions in
 * PostgreSQL.
 */
@AccountTest
class AccountFlowsTest {

	@Autowired
	Accounts accounts;

	@Autowired
	MailEvents mails;

	@Autowired
	CustomerApi customers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	AccountFixture fixture;

	@BeforeEach
	void noFailedSignIns() {
		fixture.forgetFailedSignIns();
	}

	@Test
	@PolicyClause({ "COL-ACCOUNT", "MIN-GATE" })
	void aCustomerRegistersConfirmsTheEmailAndSignsIn() {
		WebClient browser = fixture.browser();
		String email = AccountFixture.uniqueEmail("mei");
		SubjectId subject = fixture.register(browser, "Wang Mei", email, "+1 718 555 0100");

		Account account = accounts.find(subject).orElseThrow();
		assertThat(account.status()).isEqualTo(AccountStatus.UNVERIFIED);
		assertThat(account.ageCheckedOn()).isEqualTo(LocalDate.now());
		assertThat(account.phone()).isEqualTo("+17185550100");
		assertThat(account.passwordHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'account'")
			.query(String.class).list()).noneMatch(column -> column.contains("birth"));

		WebClient.Page unverified = fixture.signIn(browser, email, AccountFixture.PASSWORD);
		assertThat(unverified.status()).isEqualTo(403);
		assertThat(unverified.text(".notice")).contains("confirm your email");

		assertThat(fixture.confirm(browser, subject).redirect()).hasValue("/account/login?verified");
		assertThat(accounts.find(subject).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);

		WebClient.Page signedIn = fixture.signIn(browser, email, AccountFixture.PASSWORD);
		assertThat(signedIn.redirect()).hasValue("/account");
		WebClient.Page page = browser.get("/account");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("#name").attr("value")).isEqualTo("Wang Mei");
		assertThat(page.text("main")).contains(email);
	}

	@Test
	void aConfirmationLinkWorksOnce() {
		WebClient browser = fixture.browser();
		SubjectId subject = fixture.register(browser, "Li Na", AccountFixture.uniqueEmail("li"), "");
		String link = customers.unseal(subject, mails.last(AccountMail.VerifyEmail.class, subject).sealedLink()).orElseThrow();
		String token = link.substring(link.lastIndexOf('/') + 1);
		browser.get(link);
		assertThat(browser.post("/account/verify", "token", token).redirect()).hasValue("/account/login?verified");
		WebClient.Page again = browser.post("/account/verify", "token", token);
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.text("main")).contains("expired or has already been used");
		assertThat(browser.get(link).status()).isEqualTo(410);
	}

	@Test
	@PolicyClause("MIN-GATE")
	void aThirteenYearOldIsRefusedKindlyAndNothingIsKept() {
		WebClient browser = fixture.browser();
		String email = AccountFixture.uniqueEmail("young");
		long accountsBefore = count("account");
		long auditBefore = count("audit_entry");
		int mailsBefore = mails.of(AccountMail.class).size();
		browser.get("/account/register");
		WebClient.Page refused = browser.post("/account/register", "name", "Young One", "email", email, "password",
				AccountFixture.PASSWORD, "phone", "", "birthDate", LocalDate.now().minusYears(13).toString());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text("h1")).isEqualTo("Thank you for your interest");
		assertThat(refused.text("main")).contains("14 or older").contains("not kept anything");
		assertThat(refused.body()).doesNotContain(email).doesNotContain("Young One");
		assertThat(count("account")).isEqualTo(accountsBefore);
		assertThat(count("audit_entry")).isEqualTo(auditBefore);
		assertThat(accounts.emailInUse(new EmailAddress(email))).isFalse();
		assertThat(mails.of(AccountMail.class)).as("no mail of any kind").hasSize(mailsBefore);
	}

	@Test
	@PolicyClause("MIN-GATE")
	void fourteenToTheDayIsOldEnough() {
		WebClient browser = fixture.browser();
		String email = AccountFixture.uniqueEmail("fourteen");
		browser.get("/account/register");
		WebClient.Page sent = browser.post("/account/register", "name", "Just Fourteen", "email", email, "password",
				AccountFixture.PASSWORD, "phone", "", "birthDate", LocalDate.now().minusYears(14).toString());
		assertThat(sent.redirect()).hasValue("/account/register/sent");
		assertThat(accounts.findByEmail(new EmailAddress(email)).orElseThrow().ageCheckedOn()).isEqualTo(LocalDate.now());
	}

	@Test
	void registeringAnAddressInUseGivesTheSameAnswerAndMakesNoSecondAccount() {
		WebClient browser = fixture.browser();
		String email = AccountFixture.uniqueEmail("twice");
		fixture.register(browser, "First", email, "");
		long before = count("account");
		browser.get("/account/register");
		WebClient.Page second = browser.post("/account/register", "name", "Second", "email", email.toUpperCase(),
				"password", AccountFixture.PASSWORD, "phone", "", "birthDate", "1980-01-01");
		assertThat(second.redirect()).hasValue("/account/register/sent");
		assertThat(count("account")).isEqualTo(before);
		SubjectId owner = accounts.findByEmail(new EmailAddress(email)).orElseThrow().subject();
		assertThat(mails.last(AccountMail.RegistrationAttempted.class, owner)).isNotNull();
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> mailbox.list().stream()
			.anyMatch(m -> m.to().contains(email) && m.subject().startsWith("Someone tried to open")));
	}

	@Test
	@PolicyClause("SEC-ACCESS")
	void signingInGivesANewSessionIdAndSigningOutEndsTheSession() {
		WebClient browser = fixture.browser();
		String email = AccountFixture.uniqueEmail("session");
		SubjectId subject = fixture.signedInCustomer(browser, "Chen Wei", email);
		String first = browser.cookie("session").orElseThrow();
		assertThat(sessionsOf(subject)).isEqualTo(1);

		assertThat(fixture.signIn(browser, email, AccountFixture.PASSWORD).redirect()).hasValue("/account");
		String second = browser.cookie("session").orElseThrow();
		assertThat(second).isNotEqualTo(first);

		browser.get("/account");
		assertThat(browser.post("/account/logout").redirect()).hasValue("/account/login?signedOut");
		assertThat(sessionsOf(subject)).isZero();
		assertThat(browser.get("/account").redirect()).hasValue("/account/login");
	}

	@Test
	void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
		WebClient browser = fixture.browser();
		String email = AccountFixture.uniqueEmail("same");
		fixture.signedInCustomer(browser, "Same Answer", email);
		WebClient other = fixture.browser();
		WebClient.Page wrongPassword = fixture.signIn(other, email, "not the password at all");
		WebClient.Page unknown = fixture.signIn(fixture.browser(), AccountFixture.uniqueEmail("nobody"), "whatever it is");
		assertThat(wrongPassword.status()).isEqualTo(unknown.status()).isEqualTo(401);
		assertThat(wrongPassword.text(".field-error")).isEqualTo(unknown.text(".field-error"))
			.isEqualTo("The email or password is not right. Please try again.");
		assertThat(wrongPassword.html().select("#email").attr("value")).isEqualTo(email);
		assertThat(wrongPassword.html().select("#password").attr("value")).isEmpty();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private int sessionsOf(SubjectId subject) {
		return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(subject.toString())
			.query(Integer.class).single();
	}
}
