package com.wtigg.store.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.marketing.MarketingMails;
import com.wtigg.store.marketing.SignUpSource;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.privacy.requests.RequestThrottle;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Data-subject requests through the privacy center, signed in and by the email link: a copy of
 * the data, erasure, restriction, and the proofs that cannot be skipped.
 */
@AccountTest
class PrivacyRequestsTest {

	@Autowired
	AccountFixture accounts;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Restrictions restrictions;

	@Autowired
	SubjectCipher cipher;

	@Autowired
	RequestThrottle throttle;

	@Autowired
	com.wtigg.store.marketing.subscription.Subscriptions subscriptions;

	@Autowired
	com.wtigg.store.consent.ConsentApi consentApi;

	@Autowired
	com.wtigg.store.customer.account.Accounts accountStore;

	@Autowired
	java.util.List<PersonalDataHolder> holders;

	PrivacyRequestMails mails;

	@BeforeEach
	void setUp() {
		mails = new PrivacyRequestMails(smtp);
		throttle.reset();
	}

	private String reference(WebClient.Page answer) {
		String location = answer.redirect().orElseThrow();
		assertThat(location).startsWith("/privacy?request=PR-");
		return location.substring("/privacy?request=".length());
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

	@Test
	@PolicyClause({ "DSR-ACCESS", "DSR-PORTABLE", "DSR-DEADLINE" })
	void aSignedInCustomerGetsTheirDataAsAZipOfCsvJsonAndReadmeBehindAnExpiringLink() throws IOException {
		WebClient me = accounts.browser();
		String email = AccountFixture.uniqueEmail("copy");
		accounts.signedInCustomer(me, "Lin Meiyu", email);
		me.get("/privacy/requests/new?type=access");

		String reference = reference(me.post("/privacy/requests", "type", "access", "country", "US", "region", "NY"));

		assertThat(mails.awaitText(email, reference)).isNotBlank();
		mails.awaitText(email, "We answer it by");
		String path = mails.downloadPath(email);
		WebClient.Page page = me.get(path);
		assertThat(page.status()).isEqualTo(200);
		HttpResponse<byte[]> zip = me.postForDownload(path.substring(0, path.indexOf('?')), "token", path.substring(path.indexOf('=') + 1));
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> v.startsWith("attachment"));
		Map<String, String> files = unzip(zip.body());
		assertThat(files).containsKeys("data.json", "README.txt", "privacy_requests.csv");
		assertThat(files.keySet()).anyMatch(name -> name.endsWith(".csv") && files.get(name).contains(email));
		assertThat(files.get("data.json")).contains(email).contains("Lin Meiyu").contains(reference);
		assertThat(files.get("README.txt")).contains("account.email").contains("privacy_request.email");
		// the end is written once the last bytes went out, which the client may read first
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select what from privacy_request_event e join "
				+ "privacy_request r on r.id = e.request_id where r.reference = ? order by at").param(reference)
			.query(String.class).list().stream().anyMatch(e -> e.matches("copy downloaded in full: [1-9][0-9]* rows")));
		assertThat(jdbc.sql("select what from privacy_request_event e join privacy_request r on r.id = e.request_id "
				+ "where r.reference = ? order by at").param(reference).query(String.class).list()).contains("copy download started");
		assertThat(jdbc.sql("select due_on - received_at::date from privacy_request where reference = ?").param(reference)
			.query(Integer.class).single()).isBetween(15, 25);
	}

	@Test
	@PolicyClause("DSR-CHANNELS")
	void aCopyOpensOnlyForTheSubjectNotForAnotherCustomerOrAStrangerWithTheLink() {
		WebClient me = accounts.browser();
		String email = AccountFixture.uniqueEmail("mine");
		accounts.signedInCustomer(me, "Zhou Ping", email);
		me.get("/privacy/requests/new");
		me.post("/privacy/requests", "type", "portability", "country", "DE");
		String path = mails.downloadPath(email);
		String action = path.substring(0, path.indexOf('?'));
		String token = path.substring(path.indexOf('=') + 1);

		WebClient other = accounts.browser();
		accounts.signedInCustomer(other, "Other Person", AccountFixture.uniqueEmail("other"));
		other.get(path);
		assertThat(other.postForDownload(action, "token", token).statusCode()).isEqualTo(403);
		WebClient stranger = accounts.browser();
		assertThat(stranger.get(path).html().select("#sign-in-first")).hasSize(1);
		assertThat(stranger.postForDownload(action, "token", token).statusCode()).isEqualTo(403);
		assertThat(me.get(action + "?token=" + "x".repeat(43)).status()).isEqualTo(404);
		assertThat(me.get(action.replaceAll("PR-[A-Z0-9]{8}", "PR-AAAAAAAA") + "?token=" + token).status()).isEqualTo(404);
	}

	@Test
	@PolicyClause("DSR-CHANNELS")
	void theEmailLinkCountsOnlyWhenPressedOnceBeforeItExpiresAndAnUnknownAddressGetsTheSameAnswer() {
		WebClient visitor = accounts.browser();
		String email = AccountFixture.uniqueEmail("nobody");
		visitor.get("/privacy/requests/new");
		WebClient.Page sent = visitor.post("/privacy/requests", "type", "deletion", "email", email, "country", "FR");
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.html().select("#request-sent")).hasSize(1);
		String token = mails.verifyToken(email, 0);

		// opening the link (as a mail scanner does) proves nothing
		assertThat(visitor.get("/privacy/requests/verify?token=" + token).status()).isEqualTo(200);
		assertThat(status(email)).isEqualTo("awaiting_verification");
		WebClient.Page verified = visitor.post("/privacy/requests/verify", "token", token);
		assertThat(verified.html().select("#request-verified")).hasSize(1);
		assertThat(status(email)).isEqualTo("completed");
		assertThat(mails.awaitText(email, "We found no data under the address")).doesNotContain("erased");
		// used once
		visitor.get("/privacy/requests/verify?token=" + token);
		assertThat(visitor.post("/privacy/requests/verify", "token", token).status()).isEqualTo(404);
		assertThat(visitor.post("/privacy/requests/verify", "token", "not-a-token").status()).isEqualTo(404);

		// expired
		String late = AccountFixture.uniqueEmail("late");
		visitor.get("/privacy/requests/new");
		visitor.post("/privacy/requests", "type", "restriction", "email", late, "country", "US");
		String lateToken = mails.verifyToken(late, 0);
		jdbc.sql("update privacy_request_link set expires_at = now() - interval '1 second' where request_id in "
				+ "(select id from privacy_request where email_index = ?)")
			.param(cipher.blindIndex("privacy.request.email", late)).update();
		visitor.get("/privacy/requests/verify?token=" + lateToken);
		assertThat(visitor.post("/privacy/requests/verify", "token", lateToken).status()).isEqualTo(404);
	}

	private String status(String email) {
		return jdbc.sql("select status from privacy_request where email_index = ? order by received_at desc limit 1")
			.param(cipher.blindIndex("privacy.request.email", email)).query(String.class).single();
	}

	@Test
	@PolicyClause("DSR-CHANNELS")
	void aSecondRequestOfTheSameKindIsTheFirstWithAFreshLinkAndTheOldLinkStopsWorking() {
		WebClient visitor = accounts.browser();
		String email = AccountFixture.uniqueEmail("twice");
		visitor.get("/privacy/requests/new");
		visitor.post("/privacy/requests", "type", "withdrawal", "email", email, "country", "US");
		String first = mails.verifyToken(email, 0);
		visitor.get("/privacy/requests/new");
		visitor.post("/privacy/requests", "type", "withdrawal", "email", email, "country", "US");
		String second = mails.verifyToken(email, 1);

		assertThat(jdbc.sql("select count(*) from privacy_request where email_index = ?")
			.param(cipher.blindIndex("privacy.request.email", email)).query(Integer.class).single()).isOne();
		visitor.get("/privacy/requests/verify?token=" + first);
		assertThat(visitor.post("/privacy/requests/verify", "token", first).status()).isEqualTo(404);
		visitor.get("/privacy/requests/verify?token=" + second);
		assertThat(visitor.post("/privacy/requests/verify", "token", second).status()).isEqualTo(200);
	}

	@Test
	@PolicyClause("DSR-DELETE")
	void aSignedInErasureClosesTheAccountEndsItsSessionsDestroysItsKeyAndKeepsTheRequestRecord() {
		WebClient me = accounts.browser();
		String email = AccountFixture.uniqueEmail("gone");
		SubjectId subject = accounts.signedInCustomer(me, "Gone Soon", email);
		byte[] sealed = cipher.encrypt(subject, "probe", "readable until erased");
		me.get("/privacy/requests/new");
		String reference = reference(me.post("/privacy/requests", "type", "deletion", "country", "US"));

		mails.awaitText(email, "Your data is erased");
		assertThat(jdbc.sql("select count(*) from account where subject_id = ?").param(subject.value()).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(subject.toString())
			.query(Integer.class).single()).isZero();
		assertThat(me.get("/account").redirect()).isPresent();
		await().atMost(Duration.ofSeconds(5)).until(() -> cipher.decrypt(subject, "probe", sealed).isEmpty());
		assertThat(jdbc.sql("select outcome from privacy_request where reference = ?").param(reference).query(String.class).single())
			.startsWith("erased").contains("processors told: 0");
		WebClient again = accounts.browser();
		assertThat(accounts.signIn(again, email, AccountFixture.PASSWORD).redirect()).isNotEqualTo(java.util.Optional.of("/account"));
	}

	@Test
	@PolicyClause({ "DSR-DELETE", "DSR-CORRECT", "SHR-PROCESSORS" })
	void anErasureTellsEachProcessorThatHoldsTheSubjectsDataByItsOwnReferencesOnly() {
		WebClient me = accounts.browser();
		String email = AccountFixture.uniqueEmail("told");
		SubjectId subject = accounts.signedInCustomer(me, "Told Processors", email);
		jdbc.sql("insert into payment (order_id, subject_id, gateway, order_number, amount_cents, reference, state) "
				+ "values (?, ?, 'stripe', 'WT-TOLD0001', 7500, 'pi_3Told123', 'captured')")
			.params(UUID.randomUUID(), subject.value()).update();
		jdbc.sql("insert into payment (order_id, subject_id, gateway, order_number, amount_cents, reference, state) "
				+ "values (?, ?, 'paypal', 'WT-TOLD0002', 7500, '5O190127TN364715T', 'captured')")
			.params(UUID.randomUUID(), subject.value()).update();
		me.get("/privacy/requests/new");
		String reference = reference(me.post("/privacy/requests", "type", "deletion", "country", "DE"));

		String notice = mails.awaitText("privacy@stripe.example", reference);
		assertThat(notice).contains("pi_3Told123").doesNotContain(email).doesNotContain("Told Processors")
			.doesNotContain("5O190127TN364715T");
		assertThat(jdbc.sql("select processor || ':' || mailed from privacy_processor_notice n join privacy_request r "
				+ "on r.id = n.request_id where r.reference = ? order by processor").param(reference).query(String.class).list())
			.containsExactly("paypal:false", "stripe:true");
	}

	@Test
	@PolicyClause("DSR-WITHDRAW")
	void aWithdrawalEndsEveryNewsletterConsentAtOnceAndAnErasureSuppressesTheAddress() {
		WebClient me = accounts.browser();
		String email = AccountFixture.uniqueEmail("letters");
		SubjectId account = accounts.signedInCustomer(me, "Many Letters", email);
		EmailAddress address = new EmailAddress(email);
		subscriptions.signUp(address, java.util.EnumSet.allOf(Topic.class), SignUpSource.ACCOUNT, java.util.Locale.ENGLISH, account);
		assertThat(subscriptions.confirm(new MarketingMails(smtp).confirmationToken(email, 0))).isTrue();
		SubjectId subscriber = subscriptions.subscriberOf(address).orElseThrow();
		assertThat(subscriptions.liveTopics(subscriber)).hasSize(2);
		consentApi.recordTransfer(new com.wtigg.store.consent.TransferConsent(account, java.util.Set.of("stripe", "ups"),
				java.util.Set.of("payment", "delivery"), java.util.Set.of("CONTACT"), "2026-12-01", "checkout"));
		assertThat(consentApi.transferConsented(account, java.util.Set.of("stripe"))).isTrue();
		assertThat(me.get("/privacy").html().select("#consents li.consent-live")).hasSize(3);

		me.get("/privacy/requests/new");
		me.post("/privacy/requests", "type", "withdrawal", "country", "US");
		await().atMost(Duration.ofSeconds(10)).until(() -> subscriptions.liveTopics(subscriber).isEmpty());
		await().atMost(Duration.ofSeconds(10)).until(() -> consentApi.transferConsents(account).stream()
			.allMatch(c -> c.withdrawnAt() != null));
		assertThat(me.get("/privacy").html().select("#consents li.consent-withdrawn")).hasSize(3);

		me.get("/privacy/requests/new");
		me.post("/privacy/requests", "type", "deletion", "country", "US");
		assertThat(subscriptions.suppressed(subscriptions.index(address))).isTrue();
	}

	@Test
	@PolicyClause("DSR-RESTRICT")
	void restrictionHoldsFromTheRequestUntilItIsLiftedAndTheCenterSaysSo() {
		WebClient me = accounts.browser();
		String email = AccountFixture.uniqueEmail("restrict");
		SubjectId subject = accounts.signedInCustomer(me, "Hold Still", email);
		me.get("/privacy/requests/new");
		me.post("/privacy/requests", "type", "restriction", "country", "US");
		assertThat(restrictions.restricted(subject)).isTrue();
		assertThat(me.get("/privacy").html().select("#restricted")).hasSize(1);

		me.get("/privacy/requests/new");
		me.post("/privacy/requests", "type", "lift_restriction", "country", "US");
		assertThat(restrictions.restricted(subject)).isFalse();
		assertThat(me.get("/privacy").html().select("#not-restricted")).hasSize(1);
	}

	@Test
	@PolicyClause("DSR-CHANNELS")
	void aRequestByAnAddressTheAccountNoLongerUsesFindsNothingToErase() {
		String old = AccountFixture.uniqueEmail("old");
		WebClient me = accounts.browser();
		SubjectId subject = accounts.signedInCustomer(me, "Changed Address", old);
		EmailAddress now = new EmailAddress(AccountFixture.uniqueEmail("new"));
		accountStore.setPendingEmail(subject, now);
		accountStore.confirmPendingEmail(subject, now);

		WebClient visitor = accounts.browser();
		visitor.get("/privacy/requests/new");
		visitor.post("/privacy/requests", "type", "deletion", "email", old, "country", "US");
		String token = mails.verifyToken(old, 0);
		visitor.get("/privacy/requests/verify?token=" + token);
		visitor.post("/privacy/requests/verify", "token", token);

		assertThat(status(old)).isEqualTo("completed");
		assertThat(jdbc.sql("select count(*) from account where subject_id = ?").param(subject.value()).query(Integer.class)
			.single()).isOne();
	}

	@Test
	@PolicyClause("DSR-CHANNELS")
	void requestRecordsGoTwentyFourMonthsAfterTheyClosedAndUnprovenOnesWithTheirLink() {
		String email = AccountFixture.uniqueEmail("kept");
		WebClient me = accounts.browser();
		accounts.signedInCustomer(me, "Kept Record", email);
		me.get("/privacy/requests/new");
		String reference = reference(me.post("/privacy/requests", "type", "restriction", "country", "US"));
		String never = AccountFixture.uniqueEmail("never");
		WebClient visitor = accounts.browser();
		visitor.get("/privacy/requests/new");
		visitor.post("/privacy/requests", "type", "withdrawal", "email", never, "country", "US");

		holders.forEach(h -> h.purgeExpired(java.time.Instant.now()));
		assertThat(count("reference = '" + reference + "'")).isOne();
		jdbc.sql("update privacy_request set closed_at = now() - interval '731 days' where reference = ?").param(reference).update();
		jdbc.sql("update privacy_request set received_at = now() - interval '32 days' where email_index = ?")
			.param(cipher.blindIndex("privacy.request.email", never)).update();
		holders.forEach(h -> h.purgeExpired(java.time.Instant.now()));
		assertThat(count("reference = '" + reference + "'")).isZero();
		assertThat(jdbc.sql("select count(*) from privacy_request where email_index = ?")
			.param(cipher.blindIndex("privacy.request.email", never)).query(Integer.class).single()).isZero();
	}

	private int count(String where) {
		return jdbc.sql("select count(*) from privacy_request where " + where).query(Integer.class).single();
	}

	@Test
	@PolicyClause("CON-CONTACT")
	void theCenterShowsThePolicyWithItsDateTheRightsTheContactAndTheEuAndCaliforniaRoutesInBothLanguages() {
		WebClient visitor = accounts.browser();
		WebClient.Page page = visitor.get("/privacy");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("#last-updated")).contains("2026-12-01");
		assertThat(page.text("#privacy-contact")).contains("service@wtigg.com").contains("Flushing, NY 11355");
		assertThat(page.html().select("#eu-complaint a[href^=https://edpb.europa.eu]")).hasSize(1);
		assertThat(page.text("#california-rights")).contains("CCPA");
		assertThat(page.body()).contains("6. Your Rights Regarding Personal Information");
		assertThat(page.html().select("#your-data-section")).isEmpty();
		visitor.post("/language", "lang", "zh-CN", "back", "/privacy");
		assertThat(visitor.get("/privacy").text("h1")).isEqualTo("隐私中心");
	}

	@Test
	void badInputIsNamedBesideItsFieldTheFormKeepsWhatWasTypedAndNothingIsStored() {
		WebClient visitor = accounts.browser();
		int before = jdbc.sql("select count(*) from privacy_request").query(Integer.class).single();
		visitor.get("/privacy/requests/new");
		WebClient.Page bad = visitor.post("/privacy/requests", "type", "sell-my-soul", "email", "not an address",
				"country", "XX", "region", "California", "details", "x".repeat(2001), "orderNumber", "<script>");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.html().select(".field-error")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(bad.html().select("#email").attr("value")).isEqualTo("not an address");
		visitor.get("/privacy/requests/new");
		WebClient.Page copyWithoutOrder = visitor.post("/privacy/requests", "type", "access", "email",
				AccountFixture.uniqueEmail("who"), "country", "US");
		assertThat(copyWithoutOrder.status()).isEqualTo(400);
		assertThat(copyWithoutOrder.html().select("#orderNumber-error")).hasSize(1);
		visitor.get("/privacy/requests/new");
		WebClient.Page control = visitor.post("/privacy/requests", "type", "correction", "email",
				AccountFixture.uniqueEmail("ctl"), "country", "US", "details", "name\u0000is wrong");
		assertThat(control.status()).isEqualTo(400);
		assertThat(visitor.postWithoutToken("/privacy/requests", "type", "deletion", "email", AccountFixture.uniqueEmail("csrf"),
				"country", "US").status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from privacy_request").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void aFloodOfRequestsForOneAddressIsRefusedBeforeAnythingIsMailed() {
		WebClient visitor = accounts.browser();
		String email = AccountFixture.uniqueEmail("flood");
		int last = 0;
		for (int i = 0; i < 8; i++) {
			visitor.get("/privacy/requests/new");
			last = visitor.post("/privacy/requests", "type", "deletion", "email", email, "country", "US").status();
		}
		assertThat(last).isEqualTo(429);
		assertThat(jdbc.sql("select count(*) from privacy_request where email_index = ?")
			.param(cipher.blindIndex("privacy.request.email", email)).query(Integer.class).single()).isOne();
	}
}
