package com.wtigg.store.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.util.GreenMail;

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
import com.wtigg.store.privacy.PrivacyRequestMails;
import com.wtigg.store.privacy.requests.RequestThrottle;
import com.wtigg.store.shared.security.StaffRole;

/**
 * A guest buyer's requests: a copy of their data needs the email link and the order number, and
 * the same two again at the download; an erasure waits while their order is on its way.
 */
@AccountTest
class BuyerPrivacyRequestTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountFixture accounts;

	@Autowired
	Accounts accountStore;

	@Autowired
	AccountTokens tokens;

	@Autowired
	GreenMail smtp;

	@Autowired
	RequestThrottle throttle;

	CheckoutFlows flows;

	PrivacyRequestMails mails;

	@BeforeEach
	void setUp() {
		flows = new CheckoutFlows(jdbc);
		mails = new PrivacyRequestMails(smtp);
		throttle.reset();
	}

	private String paidOrderNumber(String email, String name) {
		WebClient guest = accounts.browser();
		CheckoutFlows.addToCart(guest, flows.piece("pendants", 1, 75_00));
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(guest,
				CheckoutFlows.with(CheckoutFlows.usContact(email), "shippingRecipient", name, "phone", "+1 718 555 0199")));
		CheckoutFlows.pay(guest, CheckoutFlows.place(guest, key), CheckoutFlows.CARD_OK);
		return jdbc.sql("select number from shop_order where id = ?").param(UUID.fromString(key)).query(String.class).single();
	}

	private void follow(WebClient browser, String email) {
		String token = mails.verifyToken(email, 0);
		browser.get("/privacy/requests/verify?token=" + token);
		assertThat(browser.post("/privacy/requests/verify", "token", token).status()).isEqualTo(200);
	}

	@Test
	@PolicyClause({ "DSR-ACCESS", "DSR-CHANNELS" })
	void aGuestGetsACopyWithTheLinkAndTheOrderNumberAndMustGiveBothAgainToDownloadIt() throws IOException {
		String email = AccountFixture.uniqueEmail("guestcopy");
		String number = paidOrderNumber(email, "Guo Xiaoyan");
		WebClient guest = accounts.browser();
		guest.get("/privacy/requests/new");
		assertThat(guest.post("/privacy/requests", "type", "access", "email", email, "orderNumber", number.toLowerCase(),
				"country", "US").status()).isEqualTo(200);
		follow(guest, email);

		String path = mails.downloadPath(email);
		String action = path.substring(0, path.indexOf('?'));
		String token = path.substring(path.indexOf('=') + 1);
		WebClient elsewhere = accounts.browser();
		assertThat(elsewhere.get(path).html().select("#download-form input[name=orderNumber]")).hasSize(1);
		assertThat(elsewhere.postForDownload(action, "token", token, "email", email, "orderNumber", "WT-00000000").statusCode())
			.isEqualTo(403);
		assertThat(elsewhere.postForDownload(action, "token", token, "email", "someone@example.com", "orderNumber", number.toLowerCase())
			.statusCode()).isEqualTo(403);
		HttpResponse<byte[]> zip = elsewhere.postForDownload(action, "token", token, "email", email, "orderNumber", number.toLowerCase());
		assertThat(zip.statusCode()).isEqualTo(200);
		String everything = unzipped(zip.body());
		assertThat(everything).contains(email).contains("Guo Xiaoyan").contains(number);
	}

	@Test
	@PolicyClause("DSR-DELETE")
	void anErasureOfABuyerWhoseOrderIsOnItsWayWaitsAndStaffSeeWhy() {
		String email = AccountFixture.uniqueEmail("waiting");
		String number = paidOrderNumber(email, "Wait Forit");
		WebClient guest = accounts.browser();
		guest.get("/privacy/requests/new");
		guest.post("/privacy/requests", "type", "deletion", "email", email, "orderNumber", number, "country", "US");
		follow(guest, email);

		String reference = jdbc.sql("select reference from privacy_request where status = 'open' and type = 'deletion' "
				+ "order by received_at desc limit 1").query(String.class).single();
		WebClient officer = new StaffFlows(accountStore, tokens, port).signedIn(EnumSet.of(StaffRole.PRIVACY_OFFICER)).browser();
		WebClient.Page page = officer.get("/admin/privacy/requests/" + reference);
		assertThat(page.html().select("#request-hold")).hasSize(1);
		assertThat(page.text("#request-verification")).isEqualTo("email link and order number");
		assertThat(jdbc.sql("select count(*) from shop_order where number = ? and email_index is not null").param(number)
			.query(Integer.class).single()).isOne();
	}

	private static String unzipped(byte[] zip) throws IOException {
		StringBuilder all = new StringBuilder();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return all.toString();
	}
}
