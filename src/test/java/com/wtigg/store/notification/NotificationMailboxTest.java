package com.wtigg.store.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.customer.AccountMail.PasswordChanged;
import com.wtigg.store.customer.AccountMail.VerifyEmail;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.Sealing;
import com.wtigg.store.notification.sending.MailLinks;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * The back office's mailbox shows admins the mail of the local run, and records each look.
 */
@StoreTest
@PolicyClause("SEC-ACCESS")
class NotificationMailboxTest {

	/**
	 * MockMvc with Spring Security's test support, so that {@code @WithMockUser} signs in: the
	 * auto-configured one applies it only with {@code spring-boot-security-test} on the class path.
	 */
	MockMvcTester mvc;

	@Autowired
	void mockMvcWithTestUsers(WebApplicationContext context) {
		mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
	}

	@Autowired
	Accounts accounts;

	@Autowired
	Sealing sealing;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	GreenMail smtp;

	@Autowired
	MailLinks links;

	@Autowired
	JdbcClient jdbc;

	int mailboxViews() {
		return jdbc.sql("select count(*) from audit_entry where action = 'mailbox.viewed' and actor = 'staff:unknown'")
			.query(Integer.class).single();
	}

	@Test
	@WithMockUser(roles = { "STAFF", "ADMIN" })
	void anAdminSeesTheMailNewestFirstAndCanFollowItsLink() {
		String email = "box-" + UUID.randomUUID() + "@example.com";
		SubjectId subject = accounts.createCustomer(new EmailAddress(email), "Box", null, Locale.ENGLISH, "x",
				LocalDate.of(1990, 1, 1));
		transactions.executeWithoutResult(status -> events.publishEvent(new VerifyEmail(subject,
				sealing.seal(subject, "/account/verify/box-token"), Instant.now().plus(1, ChronoUnit.DAYS), false)));
		await().atMost(Duration.ofSeconds(15)).until(() -> new Inbox(smtp).to(email).size() == 1);
		transactions.executeWithoutResult(status -> events.publishEvent(new PasswordChanged(subject, Instant.now())));
		await().atMost(Duration.ofSeconds(15)).until(() -> new Inbox(smtp).to(email).size() == 2);
		int viewsBefore = mailboxViews();

		MvcTestResult list = mvc.get().uri("/admin/mailbox").exchange();
		assertThat(list).hasStatusOk();
		Document page = Html.parse(list);
		assertThat(page.select("table.mailbox-table caption").text()).startsWith("Received mail, newest first");
		assertThat(page.select("table.mailbox-table thead th[scope=col]")).hasSize(3);
		List<Element> rows = page.select("table.mailbox-table tbody tr").stream()
			.filter(row -> row.text().contains(email)).toList();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).select("th[scope=row]").text()).isEqualTo("Your WTIGG password was changed");
		assertThat(rows.get(1).select("th[scope=row]").text()).isEqualTo("Confirm your email address for WTIGG");

		MvcTestResult one = mvc.get().uri(rows.get(1).select("th[scope=row] a").attr("href")).exchange();
		assertThat(one).hasStatusOk();
		Document mail = Html.parse(one);
		String link = links.base() + "/account/verify/box-token";
		assertThat(mail.select("ul.mailbox-links a").eachAttr("href")).contains(link, links.base() + "/privacy");
		assertThat(mail.select("pre.mailbox-text").text()).contains("Hello Box,").contains(link);
		assertThat(mail.select("table.mailbox-headers th[scope=row]").eachText()).contains("Subject", "From", "To");
		assertThat(mailboxViews()).isEqualTo(viewsBefore + 2);
	}

	@Test
	@WithMockUser(roles = { "STAFF", "ADMIN" })
	void anUnknownMailIsNotFound() {
		assertThat(mvc.get().uri("/admin/mailbox/0123456789abcdef01234567").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/admin/mailbox/nothing-like-an-id").exchange()).hasStatus(404);
	}

	@Test
	@WithMockUser(roles = { "STAFF", "SUPPORT_AGENT" })
	void otherStaffMayNotOpenIt() {
		int viewsBefore = mailboxViews();
		assertThat(mvc.get().uri("/admin/mailbox").exchange()).hasStatus(403);
		assertThat(mailboxViews()).isEqualTo(viewsBefore);
	}

	@Test
	void visitorsAreSentToSignIn() {
		assertThat(mvc.get().uri("/admin/mailbox").exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/account/login");
	}
}
