package com.wtigg.store.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.marketing.subscription.SignUpLimiter;
import com.wtigg.store.marketing.subscription.Subscriptions;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.Restrictions;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.PolicyVersion;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

/**
 * Sign-up by double opt-in, campaigns, one-click unsubscribe and the suppression list, through
 * the real server and the embedded SMTP server.
 */
@AccountTest
class MarketingFlowsTest {

	@LocalServerPort
	int port;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SignUpLimiter limiter;

	@Autowired
	Restrictions restrictions;

	@Autowired
	PolicyVersion policy;

	@Autowired
	AccountFixture fixture;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	@Autowired
	List<PersonalDataHolder> holders;

	MarketingMails mails;

	@BeforeEach
	void setUp() {
		mails = new MarketingMails(smtp);
		limiter.reset();
	}

	private SubjectId subject(String email) {
		return jdbc.sql("select subject_id from marketing_subscriber where email_index = ?")
			.param(subscriptions.index(new EmailAddress(email))).query(UUID.class).optional().map(SubjectId::new)
			.orElse(null);
	}

	/** Signs up through the footer's form and presses the confirmation mail's button. */
	private SubjectId subscribed(String email, String... topics) {
		WebClient browser = fixture.browser();
		browser.get("/");
		int before = mails.confirmations(email).size();
		String[] fields = new String[2 + topics.length * 2];
		fields[0] = "email";
		fields[1] = email;
		for (int i = 0; i < topics.length; i++) {
			fields[2 + i * 2] = "topic";
			fields[3 + i * 2] = topics[i];
		}
		assertThat(browser.post("/marketing/signup", fields).redirect()).hasValue("/marketing/signup/sent");
		String token = mails.confirmationToken(email, before);
		browser.get("/marketing/confirm/" + token);
		assertThat(browser.post("/marketing/confirm", "token", token).redirect()).hasValue("/marketing/confirmed");
		return subject(email);
	}

	@Test
	@PolicyClause({ "COL-MARKETING", "RET-CONSENT" })
	void aFooterSignUpIsLiveOnlyAfterTheMailedButtonIsPressed() {
		WebClient browser = fixture.browser();
		WebClient.Page home = browser.get("/");
		assertThat(home.html().select("#footer-signup input[name=topic]")).hasSize(2)
			.allSatisfy(box -> assertThat(box.hasAttr("checked")).isFalse());
		String email = AccountFixture.uniqueEmail("lin");
		WebClient.Page sent = browser.submit("/marketing/signup", "email", email, "topic", "newsletter", "topic",
				"new_collection");
		assertThat(sent.text("#signup-sent")).contains("link to confirm");
		SubjectId subject = subject(email);
		assertThat(subscriptions.liveTopics(subject)).isEmpty();
		byte[] stored = jdbc.sql("select email_enc from marketing_subscriber where subject_id = ?").param(subject.value())
			.query(byte[].class).single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(email);

		String token = mails.confirmationToken(email, 0);
		WebClient.Page button = browser.get("/marketing/confirm/" + token);
		assertThat(button.html().select("#confirm-subscription")).hasSize(1);
		assertThat(subscriptions.liveTopics(subject)).as("opening the link confirms nothing").isEmpty();
		assertThat(browser.submit("/marketing/confirm", "token", token).text("#subscription-confirmed")).isNotEmpty();
		assertThat(subscriptions.liveTopics(subject)).containsExactlyInAnyOrder(Topic.NEWSLETTER, Topic.NEW_COLLECTION);
		assertThat(jdbc.sql("""
				select count(*) from marketing_consent where subject_id = ? and channel = 'email' and source = 'footer'
				and policy_version = ? and requested_at is not null and confirmed_at is not null
				""").params(subject.value(), policy.version()).query(Integer.class).single()).isEqualTo(2);

		WebClient.Page reused = browser.post("/marketing/confirm", "token", token);
		assertThat(reused.status()).isEqualTo(410);
		assertThat(reused.text("#link-bad")).isNotEmpty();
	}

	@Test
	void anAddressAlreadySubscribedGetsTheSameAnswer() {
		String email = AccountFixture.uniqueEmail("same");
		subscribed(email, "newsletter");
		WebClient browser = fixture.browser();
		browser.get("/");
		WebClient.Page again = browser.post("/marketing/signup", "email", email, "topic", "newsletter");
		assertThat(again.redirect()).hasValue("/marketing/signup/sent");
	}

	@Test
	@PolicyClause({ "PUR-LIMIT", "DSR-RESTRICT", "COL-MARKETING" })
	void aCampaignReachesOnlyLiveUnrestrictedUnsuppressedSubscribersOfItsTopicOnce() {
		String live = AccountFixture.uniqueEmail("live");
		String restricted = AccountFixture.uniqueEmail("restricted");
		String otherTopic = AccountFixture.uniqueEmail("alerts");
		String unconfirmed = AccountFixture.uniqueEmail("pending");
		String unsubscribed = AccountFixture.uniqueEmail("gone");
		subscribed(live, "newsletter");
		restrictions.restrict(subscribed(restricted, "newsletter"), "test");
		subscribed(otherTopic, "new_collection");
		subscriptions.signUp(new EmailAddress(unconfirmed), EnumSet.of(Topic.NEWSLETTER), SignUpSource.FOOTER,
				java.util.Locale.ENGLISH, null);
		SubjectId gone = subscribed(unsubscribed, "newsletter");
		subscriptions.withdraw(gone, EnumSet.allOf(Topic.class), "account");
		String suppressed = AccountFixture.uniqueEmail("suppressed");
		subscribed(suppressed, "newsletter");
		jdbc.sql("insert into marketing_suppression (email_index) values (?)")
			.param(subscriptions.index(new EmailAddress(suppressed))).update();

		WebClient staff = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.CATALOG_MANAGER)).browser();
		assertThat(staff.get("/admin/marketing").status()).isEqualTo(200);
		WebClient packer = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.FULFILMENT)).browser();
		assertThat(packer.get("/admin/marketing").status()).isEqualTo(403);
		String subjectLine = "Winter jade " + UUID.randomUUID();
		WebClient.Page preview = staff.submit("/admin/marketing/campaigns", "topic", "newsletter", "subjectEn", subjectLine,
				"subjectZh", "冬季翡翠", "bodyEn", "<p onmouseover=\"x()\">New <b>bangles</b></p><script>alert(1)</script>",
				"bodyZh", "<p>新款手镯</p>");
		assertThat(preview.html().select("#preview-en script")).isEmpty();
		assertThat(preview.html().select("#preview-en b").text()).isEqualTo("bangles");
		String send = preview.html().selectFirst("form[action$=/send]").attr("action");
		assertThat(staff.submit(send).text("#queued")).doesNotContain("for 0 ");

		await().atMost(Duration.ofSeconds(20)).until(() -> mails.withSubject(live, subjectLine).size() == 1);
		MimeMessage mail = mails.withSubject(live, subjectLine).getFirst();
		assertThat(MarketingMails.header(mail, "List-Unsubscribe")).matches("<http://localhost:\\d+/marketing/unsubscribe/[A-Za-z0-9_-]{43}>");
		assertThat(MarketingMails.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(MarketingMails.html(mail)).contains("<b>bangles</b>").doesNotContain("<script", "onmouseover");

		assertThat(staff.submit(send).text("#queued")).as("a second send mails nobody again")
			.isEqualTo("Queued for 0 subscribers.");
		for (String nobody : List.of(restricted, otherTopic, unconfirmed, unsubscribed, suppressed)) {
			assertThat(mails.withSubject(nobody, subjectLine)).as(nobody).isEmpty();
		}
		assertThat(mails.withSubject(live, subjectLine)).hasSize(1);
	}

	@Test
	void badCampaignsAreRefusedBesideTheFieldWithTheFormKeptAndStoreNothing() {
		WebClient staff = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.ADMIN)).browser();
		staff.get("/admin/marketing");
		String count = "select count(*) from marketing_campaign";
		long before = jdbc.sql(count).query(Long.class).single();
		String kept = "<p>Keep me " + UUID.randomUUID() + "</p>";
		WebClient.Page missing = staff.post("/admin/marketing/campaigns", "topic", "newsletter", "subjectEn", " ",
				"subjectZh", "冬季", "bodyEn", kept, "bodyZh", "");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.text("#subjectEn-error")).isNotEmpty();
		assertThat(missing.text("#bodyZh-error")).isNotEmpty();
		assertThat(missing.html().selectFirst("textarea#bodyEn").wholeText()).isEqualTo(kept);
		assertThat(missing.html().select("#subjectZh").attr("value")).isEqualTo("冬季");
		assertThat(staff.post("/admin/marketing/campaigns", "topic", "<script>", "subjectEn", "x", "subjectZh", "x", "bodyEn",
				"x", "bodyZh", "x").status()).isEqualTo(422);
		assertThat(staff.post("/admin/marketing/campaigns", "topic", "newsletter", "subjectEn", "x".repeat(5000),
				"subjectZh", "x", "bodyEn", "x", "bodyZh", "x").status()).isEqualTo(422);
		WebClient.Page forged = staff.postWithoutToken("/admin/marketing/campaigns", "topic", "newsletter", "subjectEn", "x",
				"subjectZh", "x", "bodyEn", "x", "bodyZh", "x");
		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.body()).doesNotContain("Exception");
		assertThat(staff.post("/admin/marketing/campaigns/not-a-campaign/send").status()).isEqualTo(404);
		assertThat(staff.post("/admin/marketing/campaigns/" + UUID.randomUUID() + "/send").status()).isEqualTo(404);
		assertThat(jdbc.sql(count).query(Long.class).single()).isEqualTo(before);
	}

	@Test
	@PolicyClause({ "DSR-WITHDRAW", "RET-CONSENT" })
	void oneClickUnsubscribeWithoutCookiesTakesEffectAtOnceAndOnlyAConfirmedSignUpLiftsTheSuppression() throws Exception {
		String email = AccountFixture.uniqueEmail("oneclick");
		SubjectId subject = subscribed(email, "newsletter");
		String unsubscribe = unsubscribeLink(email);

		HttpClient mailClient = HttpClient.newHttpClient();
		HttpResponse<String> response = mailClient.send(HttpRequest.newBuilder(URI.create(unsubscribe))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(subscriptions.liveTopics(subject)).isEmpty();
		assertThat(subscriptions.suppressed(subscriptions.index(new EmailAddress(email)))).isTrue();
		assertThat(jdbc.sql("select withdrawn_how from marketing_consent where subject_id = ?").param(subject.value())
			.query(String.class).list()).containsOnly("unsubscribe_link");
		HttpResponse<String> again = mailClient.send(HttpRequest.newBuilder(URI.create(unsubscribe))
			.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(410);

		WebClient browser = fixture.browser();
		browser.get("/");
		int before = mails.confirmations(email).size();
		assertThat(browser.post("/marketing/signup", "email", email, "topic", "newsletter").redirect())
			.hasValue("/marketing/signup/sent");
		String token = mails.confirmationToken(email, before);
		assertThat(subscriptions.suppressed(subscriptions.index(new EmailAddress(email))))
			.as("a sign-up alone does not lift the suppression").isTrue();
		browser.get("/marketing/confirm/" + token);
		browser.post("/marketing/confirm", "token", token);
		assertThat(subscriptions.suppressed(subscriptions.index(new EmailAddress(email)))).isFalse();
		assertThat(subscriptions.liveTopics(subject(email))).containsExactly(Topic.NEWSLETTER);
	}

	private String unsubscribeLink(String email) {
		WebClient staff = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.ADMIN)).browser();
		String subjectLine = "Unsubscribe probe " + UUID.randomUUID();
		WebClient.Page preview = staff.submit("/admin/marketing/campaigns", "topic", "newsletter", "subjectEn",
				subjectLine, "subjectZh", "测试", "bodyEn", "<p>Hello</p>", "bodyZh", "<p>你好</p>");
		staff.submit(preview.html().selectFirst("form[action$=/send]").attr("action"));
		await().atMost(Duration.ofSeconds(20)).until(() -> mails.withSubject(email, subjectLine).size() == 1);
		String header = MarketingMails.header(mails.withSubject(email, subjectLine).getFirst(), "List-Unsubscribe");
		return header.substring(1, header.length() - 1);
	}

	@Test
	@PolicyClause("RET-CONSENT")
	void anImportMailsConfirmationsOnlyAndSkipsSuppressedAddresses() {
		String suppressed = AccountFixture.uniqueEmail("suppressed");
		subscriptions.withdraw(subscribed(suppressed, "newsletter"), EnumSet.allOf(Topic.class), "account");
		String fresh = AccountFixture.uniqueEmail("imported");
		WebClient staff = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.ADMIN)).browser();
		staff.get("/admin/marketing");
		WebClient.Page done = staff.submit("/admin/marketing/import", "topic", "newsletter", "csv",
				"email,language\n" + fresh + ",zh-CN\n" + suppressed + ",en\nnot-an-address,en\n");
		assertThat(done.text("#imported")).contains("1 addresses", "1 suppressed", "1 lines");
		mails.confirmationToken(fresh, 0);
		assertThat(subscriptions.liveTopics(subject(fresh))).as("an import never makes live consent").isEmpty();
		assertThat(jdbc.sql("select source from marketing_consent where subject_id = ?").param(subject(fresh).value())
			.query(String.class).list()).containsExactly("import");
		assertThat(subject(suppressed)).isNull();

		assertThat(staff.post("/admin/marketing/import", "topic", "newsletter", "csv", "name\nx").status()).isEqualTo(422);
	}

	@Test
	void badSignUpsAreRefusedBesideTheFieldAndStoreNothing() {
		WebClient browser = fixture.browser();
		browser.get("/");
		WebClient.Page bad = browser.post("/marketing/signup", "email", "not an address", "topic", "newsletter");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.html().select("#email").attr("value")).isEqualTo("not an address");
		assertThat(bad.text("#email-error")).isNotEmpty();
		String email = AccountFixture.uniqueEmail("notopic");
		WebClient.Page noTopic = browser.post("/marketing/signup", "email", email);
		assertThat(noTopic.status()).isEqualTo(422);
		assertThat(noTopic.text("#signup-topic-error")).isNotEmpty();
		assertThat(browser.post("/marketing/signup", "email", email, "topic", "<script>").status()).isEqualTo(422);
		assertThat(browser.post("/marketing/signup", "email", "a".repeat(5000) + "@example.com", "topic", "newsletter")
			.status()).isEqualTo(422);
		WebClient.Page forged = fixture.browser().postWithoutToken("/marketing/signup", "email", email, "topic", "newsletter");
		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.body()).doesNotContain("Exception");
		assertThat(subject(email)).isNull();
	}

	@Test
	void badOrUsedTokensShowAClearPageAndChangeNothing() {
		WebClient browser = fixture.browser();
		for (String token : List.of("nope", "A".repeat(43), "%3Cscript%3E")) {
			WebClient.Page confirm = browser.get("/marketing/confirm/" + token);
			assertThat(confirm.status()).isEqualTo(410);
			assertThat(confirm.text("#link-bad")).isNotEmpty();
			WebClient.Page unsubscribe = browser.get("/marketing/unsubscribe/" + token);
			assertThat(unsubscribe.status()).isEqualTo(410);
			assertThat(unsubscribe.text("#link-bad")).isNotEmpty();
		}
		assertThat(browser.postWithoutToken("/marketing/unsubscribe/" + "B".repeat(43)).status()).isEqualTo(410);
		browser.get("/");
		assertThat(browser.post("/marketing/confirm", "token", "C".repeat(43)).status()).isEqualTo(410);
	}

	@Test
	void anExpiredConfirmationLinkConfirmsNothingAndIsPurged() {
		String email = AccountFixture.uniqueEmail("late");
		subscriptions.signUp(new EmailAddress(email), EnumSet.of(Topic.NEWSLETTER), SignUpSource.FOOTER,
				java.util.Locale.ENGLISH, null);
		String token = mails.confirmationToken(email, 0);
		jdbc.sql("update marketing_consent set expires_at = now() - interval '1 minute' where subject_id = ?")
			.param(subject(email).value()).update();
		WebClient browser = fixture.browser();
		assertThat(browser.get("/marketing/confirm/" + token).status()).isEqualTo(410);
		holders.forEach(h -> h.purgeExpired(Instant.now()));
		assertThat(subject(email)).as("the unconfirmed sign-up is gone").isNull();
	}

	@Test
	void aFloodOfSignUpsGetsA429AndStoresNothing() {
		String email = AccountFixture.uniqueEmail("flood");
		WebClient browser = fixture.browser();
		browser.get("/");
		for (int i = 0; i < 3; i++) {
			assertThat(browser.post("/marketing/signup", "email", email, "topic", "newsletter").status()).isEqualTo(302);
		}
		WebClient.Page refused = browser.post("/marketing/signup", "email", email, "topic", "new_collection");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.text("#too-many")).isNotEmpty();
		assertThat(jdbc.sql("select count(*) from marketing_consent where subject_id = ? and topic = 'new_collection'")
			.param(subject(email).value()).query(Integer.class).single()).isZero();
	}

	@Test
	@PolicyClause({ "DSR-DELETE", "RET-CONSENT" })
	void erasureDeletesTheSubscriptionButKeepsTheSuppressionDigest() {
		String email = AccountFixture.uniqueEmail("erase");
		SubjectId subject = subscribed(email, "newsletter");
		List<String> datasets = new java.util.ArrayList<>();
		holders.forEach(h -> h.export(subject, (dataset, columns, rows) -> {
			if (dataset.startsWith("marketing") && !rows.isEmpty()) {
				datasets.add(dataset);
				if (dataset.equals("marketing subscriber")) {
					assertThat(rows.getFirst().getFirst()).isEqualTo(email);
				}
			}
		}));
		assertThat(datasets).contains("marketing subscriber", "marketing consent");
		holders.forEach(h -> h.erase(subject));
		assertThat(subject(email)).isNull();
		assertThat(jdbc.sql("select count(*) from marketing_consent where subject_id = ?").param(subject.value())
			.query(Integer.class).single()).isZero();
		assertThat(subscriptions.suppressed(subscriptions.index(new EmailAddress(email)))).isTrue();
	}

	@Test
	@PolicyClause({ "DSR-WITHDRAW", "COL-MARKETING" })
	void aCustomerSignsUpAndWithdrawsFromTheAccountPageWithOneClickEach() {
		WebClient browser = fixture.browser();
		String email = AccountFixture.uniqueEmail("customer");
		SubjectId customer = fixture.signedInCustomer(browser, "Chen Yu", email);
		WebClient.Page account = browser.get("/account");
		assertThat(account.html().select("#subscribe-newsletter")).hasSize(1);
		assertThat(browser.post("/account/newsletter", "topic", "newsletter").redirect())
			.hasValue("/account?note=newsletterSent");
		assertThat(subject(email)).as("the account's own subject").isEqualTo(customer);
		String token = mails.confirmationToken(email, 0);
		assertThat(browser.get("/account").html().select("#withdraw-newsletter")).as("not live before confirming").isEmpty();
		browser.get("/marketing/confirm/" + token);
		browser.post("/marketing/confirm", "token", token);
		assertThat(jdbc.sql("select source from marketing_consent where subject_id = ?").param(customer.value())
			.query(String.class).list()).containsExactly("account");

		browser.get("/account");
		assertThat(browser.post("/account/newsletter/withdraw", "topic", "newsletter").redirect())
			.hasValue("/account?note=newsletterWithdrawn");
		assertThat(subscriptions.liveTopics(customer)).isEmpty();
		assertThat(browser.get("/account").html().select("#subscribe-newsletter")).hasSize(1);
		assertThat(subscriptions.suppressed(subscriptions.index(new EmailAddress(email)))).isTrue();
	}
}
