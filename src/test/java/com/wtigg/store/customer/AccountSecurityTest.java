package com.wtigg.store.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Password reset, throttling, new-browser alerts, profile changes, personal data at rest and out
 * of the logs.
 */
@AccountTest
@ExtendWith(OutputCaptureExtension.class)
class AccountSecurityTest {

	@Autowired
	Accounts accounts;

	@Autowired
	MailEvents mails;

	@Autowired
	CustomerApi customers;

	@Autowired
	SubjectCipher cipher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	com.wtigg.store.notification.mailbox.Mailbox mailbox;

	@Autowired
	AccountFixture fixture;

	@BeforeEach
	void noFailedSignIns() {
		fixture.forgetFailedSignIns();
	}

	@Test
	void resetAnswersTheSameForAnyAddressAndItsLinkWorksOnceAndEndsEverySession() {
		WebClient browser = fixture.browser();
		String email = AccountFixture.uniqueEmail("reset");
		SubjectId subject = fixture.signedInCustomer(browser, "Reset Me", email);

		WebClient stranger = fixture.browser();
		stranger.get("/account/reset");
		WebClient.Page known = stranger.post("/account/reset", "email", email);
		WebClient.Page unknown = stranger.post("/account/reset", "email", AccountFixture.uniqueEmail("nobody"));
		assertThat(known.redirect()).isEqualTo(unknown.redirect()).hasValue("/account/reset/sent");

		String link = customers.unseal(subject, mails.last(AccountMail.ResetPassword.class, subject).sealedLink()).orElseThrow();
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(stranger.get(link).status()).isEqualTo(200);
		WebClient.Page weak = stranger.post("/account/reset/new", "token", token, "password", "password");
		assertThat(weak.status()).isEqualTo(422);
		assertThat(weak.text(".field-error")).contains("common passwords");
		String newPassword = "new jade pendant password 2026";
		assertThat(stranger.post("/account/reset/new", "token", token, "password", newPassword).redirect())
			.hasValue("/account/login?reset");
		assertThat(stranger.post("/account/reset/new", "token", token, "password", "another one entirely").status())
			.isEqualTo(410);

		assertThat(browser.get("/account").redirect()).hasValue("/account/login");
		assertThat(fixture.signIn(fixture.browser(), email, AccountFixture.PASSWORD).status()).isEqualTo(401);
		assertThat(fixture.signIn(fixture.browser(), email, newPassword).redirect()).hasValue("/account");
		assertThat(mails.of(AccountMail.PasswordChanged.class, subject)).hasSize(1);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.until(() -> mailsTo(email).stream().anyMatch(subjectLine -> subjectLine.contains("password was changed")));
		assertThat(mailsTo(email)).filteredOn(subjectLine -> subjectLine.startsWith("Choose a new password")).hasSize(1);
	}

	@Test
	@PolicyClause("PUR-FRAUD")
	void failedSignInsSlowDownThenLockTheAccountAndTellTheOwner() {
		String email = AccountFixture.uniqueEmail("guessed");
		SubjectId subject = fixture.signedInCustomer(fixture.browser(), "Guessed At", email);
		WebClient attacker = fixture.browser();
		List<Integer> statuses = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			statuses.add(fixture.signIn(attacker, email, "wrong guess number " + i).status());
		}
		assertThat(statuses).containsExactly(401, 401, 401, 429);
		WebClient.Page waiting = fixture.signIn(attacker, email, AccountFixture.PASSWORD);
		assertThat(waiting.status()).isEqualTo(429);
		assertThat(waiting.text(".field-error")).contains("Please wait");
		jdbc.sql("update login_throttle set last_failed = last_failed - interval '1 hour' where failures >= 3").update();
		fixture.signIn(attacker, email, "wrong guess number 5");
		jdbc.sql("update login_throttle set last_failed = last_failed - interval '1 hour' where failures >= 3").update();
		fixture.signIn(attacker, email, "wrong guess number 6");
		WebClient.Page locked = fixture.signIn(fixture.browser(), email, AccountFixture.PASSWORD);
		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.text(".field-error")).contains("paused");
		assertThat(mails.of(AccountMail.AccountLocked.class, subject)).hasSize(1);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.until(() -> mailsTo(email).stream().anyMatch(subjectLine -> subjectLine.contains("locked")));
		assertThat(mailsTo(email)).filteredOn(subjectLine -> subjectLine.contains("locked")).hasSize(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'login.failed' and subject_id = ?")
			.param(subject.value()).query(Integer.class).single()).isGreaterThanOrEqualTo(5);
	}

	@Test
	@PolicyClause("PUR-FRAUD")
	void aSignInFromANewBrowserSendsAnAlert() {
		String email = AccountFixture.uniqueEmail("traveller");
		SubjectId subject = fixture.signedInCustomer(fixture.browser(), "Travelling Customer", email);
		assertThat(mails.of(AccountMail.NewDeviceSignIn.class, subject)).isEmpty();
		WebClient phone = fixture.browser().userAgent(
				"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1");
		assertThat(fixture.signIn(phone, email, AccountFixture.PASSWORD).redirect()).hasValue("/account");
		AccountMail.NewDeviceSignIn alert = mails.last(AccountMail.NewDeviceSignIn.class, subject);
		assertThat(alert.browser()).isEqualTo("Safari");
		assertThat(alert.operatingSystem()).isEqualTo("iOS");
		phone.post("/account/logout");
		fixture.signIn(phone, email, AccountFixture.PASSWORD);
		assertThat(mails.of(AccountMail.NewDeviceSignIn.class, subject)).hasSize(1);
	}

	@Test
	@PolicyClause("DSR-CORRECT")
	void aCustomerCorrectsProfileEmailAndAddresses() {
		WebClient browser = fixture.browser();
		String email = AccountFixture.uniqueEmail("correct");
		SubjectId subject = fixture.signedInCustomer(browser, "Typo Nmae", email);
		browser.get("/account");
		assertThat(browser.post("/account/profile", "name", "Typo Name", "phone", "+86 138 0013 8000", "language", "zh-CN")
			.redirect()).hasValue("/account?note=saved");
		var account = accounts.find(subject).orElseThrow();
		assertThat(account.name()).isEqualTo("Typo Name");
		assertThat(account.phone()).isEqualTo("+8613800138000");
		assertThat(account.language().toLanguageTag()).isEqualTo("zh-CN");

		browser.get("/account");
		String newEmail = AccountFixture.uniqueEmail("corrected");
		assertThat(browser.post("/account/email", "email", newEmail, "password", AccountFixture.PASSWORD).redirect())
			.hasValue("/account?note=emailSent");
		assertThat(accounts.find(subject).orElseThrow().email()).isEqualTo(email);
		AccountMail.VerifyEmail verify = mails.last(AccountMail.VerifyEmail.class, subject);
		assertThat(verify.newAddress()).isTrue();
		assertThat(customers.pendingRecipient(subject).orElseThrow().email()).isEqualTo(newEmail);
		fixture.confirm(browser, subject);
		assertThat(accounts.find(subject).orElseThrow().email()).isEqualTo(newEmail);
		assertThat(customers.unseal(subject, mails.last(AccountMail.EmailChanged.class, subject).sealedFormerAddress()))
			.hasValue(email);

		browser.get("/account");
		assertThat(browser.post("/account/addresses", "recipient", "Typo Name", "line1", "136-20 38th Ave", "city",
				"Flushing", "region", "NY", "postalCode", "11354", "country", "US", "addressPhone", "").redirect())
			.hasValue("/account?note=addressSaved");
		WebClient.Page page = browser.get("/account");
		assertThat(page.text(".address-list")).contains("136-20 38th Ave").contains("Flushing");
		String id = jdbc.sql("select id::text from account_address where subject_id = ?").param(subject.value())
			.query(String.class).single();
		WebClient.Page bad = browser.post("/account/addresses/" + id, "recipient", "Typo Name", "line1", "", "city",
				"Flushing", "postalCode", "11354", "country", "XX");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.html().select("#address-" + id + "-city").attr("value")).isEqualTo("Flushing");
		assertThat(bad.text("#address-" + id + "-line1-error")).isEqualTo("Please fill in this field.");
		assertThat(browser.post("/account/addresses/" + id + "/remove").redirect()).hasValue("/account?note=addressRemoved");
		assertThat(jdbc.sql("select count(*) from account_address where subject_id = ?").param(subject.value())
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = ? and action in ('profile.changed', 'email.changed', 'address.added', 'address.removed')")
			.param(subject.value()).query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	@PolicyClause({ "SEC-REST", "COL-SENSITIVE" })
	void personalDataIsEncryptedAndADumpTakenBeforeTheKeyIsDestroyedStaysUnreadable() {
		WebClient browser = fixture.browser();
		String email = AccountFixture.uniqueEmail("dumped");
		SubjectId subject = fixture.signedInCustomer(browser, "Dumped Person", email);
		browser.get("/account");
		browser.post("/account/profile", "name", "Dumped Person", "phone", "+1 718 555 0199", "language", "en");
		browser.post("/account/addresses", "recipient", "Dumped Person", "line1", "41-28 Main Street", "city", "Flushing",
				"postalCode", "11355", "country", "US");

		String dump = dumpEveryTable();
		assertThat(dump).doesNotContain(email).doesNotContain("Dumped Person").doesNotContain("7185550199")
			.doesNotContain("41-28 Main Street");
		byte[] storedName = jdbc.sql("select name_enc from account where subject_id = ?").param(subject.value())
			.query(byte[].class).single();
		assertThat(cipher.decrypt(subject, "account.name", storedName)).hasValue("Dumped Person");
		assertThat(accounts.findByEmail(new EmailAddress(email))).isPresent();

		cipher.forget(subject);
		assertThat(cipher.decrypt(subject, "account.name", storedName)).isEmpty();
		assertThat(customers.recipient(subject)).isEmpty();
	}

	@Test
	@PolicyClause("SEC-REST")
	void noPersonalDataReachesTheLogs(CapturedOutput output) {
		WebClient browser = fixture.browser();
		String email = AccountFixture.uniqueEmail("logged");
		String name = "Logged Nameperson";
		String phone = "+1 718 555 0142";
		fixture.register(browser, name, email, phone);
		SubjectId subject = accounts.findByEmail(new EmailAddress(email)).orElseThrow().subject();
		fixture.confirm(browser, subject);
		fixture.signIn(fixture.browser(), email, "a wrong password here");
		fixture.signIn(browser, email, AccountFixture.PASSWORD);
		browser.get("/account");
		browser.post("/account/profile", "name", name + " Changed", "phone", "+1 718 555 0143", "language", "en");
		browser.post("/account/profile", "name", "x".repeat(200), "phone", "nonsense", "language", "en");
		browser.get("/account/reset");
		browser.post("/account/reset", "email", email);
		browser.post("/account/logout");
		assertThat(output.getAll()).doesNotContain(email).doesNotContain(name).doesNotContain("7185550142")
			.doesNotContain("718 555 0142").doesNotContain(AccountFixture.PASSWORD).doesNotContain("a wrong password here");
	}

	/** The subjects of the mails the embedded SMTP server received for the address. */
	private List<String> mailsTo(String address) {
		return mailbox.list().stream().filter(m -> m.to().contains(address)).map(m -> m.subject()).toList();
	}

	private String dumpEveryTable() {
		StringBuilder dump = new StringBuilder();
		for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
			.query(String.class).list()) {
			jdbc.sql("select t::text from \"" + table + "\" t").query(String.class).list()
				.forEach(row -> dump.append(row).append('\n'));
			jdbc.sql("select encode(convert_to(t::text, 'UTF8'), 'escape') from \"" + table + "\" t").query(String.class)
				.list().forEach(row -> dump.append(new String(row.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
		}
		return dump.toString();
	}
}
