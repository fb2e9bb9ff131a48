package com.wtigg.store.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.customer.AccountMail;
import com.wtigg.store.customer.AccountMail.AccountLocked;
import com.wtigg.store.customer.AccountMail.RegistrationAttempted;
import com.wtigg.store.customer.AccountMail.EmailChanged;
import com.wtigg.store.customer.AccountMail.NewDeviceSignIn;
import com.wtigg.store.customer.AccountMail.PasswordChanged;
import com.wtigg.store.customer.AccountMail.ResetPassword;
import com.wtigg.store.customer.AccountMail.StaffInvited;
import com.wtigg.store.customer.AccountMail.VerifyEmail;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.Sealing;
import com.wtigg.store.notification.sending.MailLinks;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.StoreIdentity;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

/**
 * Every account event becomes one mail, in its recipient's language, through the event outbox and
 * a real SMTP hop to the embedded server.
 */
@StoreTest
class NotificationMailTest {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	@Autowired
	Accounts accounts;

	@Autowired
	Sealing sealing;

	@Autowired
	SubjectCipher cipher;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	GreenMail smtp;

	@Autowired
	MailLinks links;

	@Autowired
	MessageSource messages;

	@Autowired
	StoreIdentity store;

	@Autowired
	JdbcClient jdbc;

	Inbox inbox;

	@BeforeEach
	void readTheEmbeddedServer() {
		inbox = new Inbox(smtp);
	}

	static String address(String who) {
		return who + "-" + UUID.randomUUID() + "@example.com";
	}

	SubjectId customer(String email, String name, Locale language) {
		return accounts.createCustomer(new EmailAddress(email), name, null, language, "not-a-real-hash",
				LocalDate.of(1990, 1, 1));
	}

	void publish(AccountMail event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	/** Waits for the one mail the event sends and checks that no second one follows. */
	MimeMessage theOnlyMailTo(String address) {
		await().atMost(PATIENCE).until(() -> inbox.to(address).size() == 1);
		await().during(Duration.ofMillis(700)).atMost(PATIENCE).until(() -> inbox.to(address).size() == 1);
		return inbox.to(address).getFirst();
	}

	/** Whether the outbox still holds a publication of an event about the subject. */
	int publicationsAbout(SubjectId subject) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + subject.value() + "%").query(Integer.class).single();
	}

	String subjectOf(String mail, Locale language) {
		return messages.getMessage("mail." + mail + ".subject", new Object[] { store.name() }, language);
	}

	static Instant inADay() {
		return Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
	}

	@Test
	@PolicyClause("COL-ACCOUNT")
	void verifyEmailSendsTheUnsealedLinkMadeAbsolute() throws Exception {
		String email = address("ann");
		SubjectId ann = customer(email, "Ann Lee", Locale.ENGLISH);
		String token = UUID.randomUUID().toString();
		publish(new VerifyEmail(ann, sealing.seal(ann, "/account/verify/" + token), inADay(), false));

		MimeMessage mail = theOnlyMailTo(email);
		assertThat(mail.getSubject()).isEqualTo(subjectOf("verifyEmail", Locale.ENGLISH));
		assertThat(mail.getHeader("Content-Language")).containsExactly("en");
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@wtigg.com");
		assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo(store.contactEmail());
		assertThat(links.base()).startsWith("http://localhost:");
		String link = links.base() + "/account/verify/" + token;
		assertThat(Inbox.text(mail)).startsWith("Hello Ann Lee,").contains(link).contains("The link works until");
		Document html = Jsoup.parse(Inbox.html(mail));
		assertThat(html.select("html").attr("lang")).isEqualTo("en");
		assertThat(html.select("main a").attr("href")).isEqualTo(link);
		assertThat(html.select("main a").text()).isEqualTo("Confirm my email address");
		await().atMost(PATIENCE).until(() -> publicationsAbout(ann) == 0);
	}

	@Test
	@PolicyClause("COL-ACCOUNT")
	void aNewAddressIsConfirmedAtThatAddressInChinese() throws Exception {
		String old = address("mei");
		String pending = address("mei-new");
		SubjectId mei = customer(old, "李梅", Locale.SIMPLIFIED_CHINESE);
		accounts.setPendingEmail(mei, new EmailAddress(pending));
		publish(new VerifyEmail(mei, sealing.seal(mei, "/account/verify/abc"), inADay(), true));

		MimeMessage mail = theOnlyMailTo(pending);
		assertThat(mail.getSubject()).isEqualTo(subjectOf("verifyEmail", Locale.SIMPLIFIED_CHINESE));
		assertThat(mail.getHeader("Content-Language")).containsExactly("zh-CN");
		assertThat(Inbox.text(mail)).startsWith("李梅，您好：").contains(links.base() + "/account/verify/abc");
		assertThat(Jsoup.parse(Inbox.html(mail)).select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(inbox.to(old)).isEmpty();
	}

	@Test
	void resetPasswordSendsItsLinkInTheCustomersLanguage() throws Exception {
		String email = address("wang");
		SubjectId wang = customer(email, "王伟", Locale.SIMPLIFIED_CHINESE);
		publish(new ResetPassword(wang, sealing.seal(wang, "/account/reset/t0k3n"), inADay()));

		MimeMessage mail = theOnlyMailTo(email);
		assertThat(mail.getSubject()).isEqualTo(subjectOf("resetPassword", Locale.SIMPLIFIED_CHINESE));
		assertThat(Inbox.text(mail)).contains(links.base() + "/account/reset/t0k3n").contains("此链接在");
	}

	@Test
	@PolicyClause("PUR-FRAUD")
	void aNewDeviceAlertNamesBrowserSystemAndTimeButNoAddress() throws Exception {
		String email = address("bo");
		SubjectId bo = customer(email, "Bo Chen", Locale.ENGLISH);
		Instant at = Instant.parse("2026-11-29T15:30:00Z");
		publish(new NewDeviceSignIn(bo, at, "Firefox 133", "Windows 11"));

		String text = Inbox.text(theOnlyMailTo(email));
		assertThat(text).contains("Firefox 133 on Windows 11").contains("Nov 29, 2026").contains("10:30")
			.contains(links.base() + "/account/reset");
		assertThat(text).doesNotContainPattern("\\d+\\.\\d+\\.\\d+\\.\\d+");
	}

	@Test
	void aBrowserNameCannotSmuggleALinkIntoTheAlert() throws Exception {
		String email = address("eve");
		SubjectId eve = customer(email, "Eve", Locale.ENGLISH);
		publish(new NewDeviceSignIn(eve, Instant.now(), "Chrome <b>https://evil.example/x</b>", null));

		String text = Inbox.text(theOnlyMailTo(email));
		assertThat(text).doesNotContain("https://evil").doesNotContain("<b>").contains("Chrome");
	}

	@Test
	void passwordChangedTellsTheAccountsAddress() throws Exception {
		String email = address("li");
		SubjectId li = customer(email, "Li", Locale.SIMPLIFIED_CHINESE);
		publish(new PasswordChanged(li, Instant.now()));

		MimeMessage mail = theOnlyMailTo(email);
		assertThat(mail.getSubject()).isEqualTo(subjectOf("passwordChanged", Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void emailChangedTellsTheFormerAddress() throws Exception {
		String former = address("sam-old");
		String current = address("sam");
		SubjectId sam = customer(current, "Sam", Locale.ENGLISH);
		publish(new EmailChanged(sam, sealing.seal(sam, former), Instant.now()));

		MimeMessage mail = theOnlyMailTo(former);
		assertThat(mail.getSubject()).isEqualTo(subjectOf("emailChanged", Locale.ENGLISH));
		assertThat(Inbox.text(mail)).startsWith("Hello Sam,");
		assertThat(inbox.to(current)).isEmpty();
	}

	@Test
	void staffInvitationsListTheRolesAndGreetWithoutAName() throws Exception {
		String email = address("staff");
		SubjectId staff = accounts.createInvitedStaff(new EmailAddress(email),
				EnumSet.of(StaffRole.SUPPORT_AGENT, StaffRole.FULFILMENT), Locale.ENGLISH);
		publish(new StaffInvited(staff, sealing.seal(staff, "/staff/invite/xyz"), inADay(),
				EnumSet.of(StaffRole.SUPPORT_AGENT, StaffRole.FULFILMENT)));

		MimeMessage mail = theOnlyMailTo(email);
		assertThat(mail.getSubject()).isEqualTo(subjectOf("staffInvited", Locale.ENGLISH));
		assertThat(Inbox.text(mail)).startsWith("Hello,\n").contains("Your roles: support agent, fulfilment.")
			.contains(links.base() + "/staff/invite/xyz");
	}

	@Test
	void aLockedAccountIsToldUntilWhen() throws Exception {
		String email = address("kim");
		SubjectId kim = customer(email, "Kim", Locale.SIMPLIFIED_CHINESE);
		publish(new AccountLocked(kim, Instant.now().plus(15, ChronoUnit.MINUTES)));

		MimeMessage mail = theOnlyMailTo(email);
		assertThat(mail.getSubject()).isEqualTo(subjectOf("accountLocked", Locale.SIMPLIFIED_CHINESE));
		assertThat(Inbox.text(mail)).contains("之后再次登录");
	}

	@Test
	void theOwnerHearsOfAnAttemptToRegisterTheirAddressAgain() throws Exception {
		String email = address("owner");
		SubjectId owner = customer(email, "Owner", Locale.SIMPLIFIED_CHINESE);
		publish(new RegistrationAttempted(owner, Instant.now()));

		MimeMessage mail = theOnlyMailTo(email);
		assertThat(mail.getSubject()).isEqualTo(subjectOf("registrationAttempted", Locale.SIMPLIFIED_CHINESE));
		assertThat(Inbox.text(mail)).contains("没有创建第二个账户").contains(links.base() + "/account/login");
	}

	@Test
	@PolicyClause("CON-CONTACT")
	void everyMailHasATextAndAnHtmlPartAndTheFooter() throws Exception {
		for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
			String email = address("footer");
			SubjectId subject = customer(email, "Footer", language);
			publish(new PasswordChanged(subject, Instant.now()));
			MimeMessage mail = theOnlyMailTo(email);
			String privacy = links.base() + "/privacy";
			String text = Inbox.text(mail);
			assertThat(text).contains(store.name(), store.postalAddress(), store.contactEmail(), privacy);
			Document html = Jsoup.parse(Inbox.html(mail));
			assertThat(html.select("footer").text()).contains(store.name(), store.postalAddress(), store.contactEmail());
			assertThat(html.select("footer a[href=" + privacy + "]")).hasSize(1);
			assertThat(html.select("footer a[href=mailto:" + store.contactEmail() + "]")).hasSize(1);
			assertThat(html.select("title").text()).isEqualTo(mail.getSubject());
		}
	}

	@Test
	void noMailWhenTheAccountIsGoneOrItsKeyDestroyed() {
		SubjectId nobody = SubjectId.random();
		publish(new PasswordChanged(nobody, Instant.now()));
		String email = address("erased");
		SubjectId erased = customer(email, "Erased", Locale.ENGLISH);
		cipher.forget(erased);
		publish(new PasswordChanged(erased, Instant.now()));

		await().atMost(PATIENCE).until(() -> publicationsAbout(nobody) == 0 && publicationsAbout(erased) == 0);
		assertThat(inbox.to(email)).isEmpty();
	}

	@Test
	void theSameEventDeliveredTwiceSendsOneMail() throws Exception {
		String email = address("twice");
		SubjectId twice = customer(email, "Twice", Locale.ENGLISH);
		PasswordChanged event = new PasswordChanged(twice, Instant.now());
		publish(event);
		publish(new PasswordChanged(twice, event.at()));

		theOnlyMailTo(email);
		await().atMost(PATIENCE).until(() -> publicationsAbout(twice) == 0);
		assertThat(inbox.to(email)).hasSize(1);
	}

	@Test
	void equalEventsWithDifferentLinksAreDifferentMails() throws Exception {
		String email = address("again");
		SubjectId again = customer(email, "Again", Locale.ENGLISH);
		Instant expires = inADay();
		publish(new ResetPassword(again, sealing.seal(again, "/account/reset/one"), expires));
		publish(new ResetPassword(again, sealing.seal(again, "/account/reset/two"), expires));

		await().atMost(PATIENCE).until(() -> inbox.to(email).size() == 2);
		assertThat(inbox.to(email).stream().map(Inbox::text))
			.anySatisfy(text -> assertThat(text).contains("/account/reset/one"))
			.anySatisfy(text -> assertThat(text).contains("/account/reset/two"));
	}
}
