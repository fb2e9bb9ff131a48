package com.wtigg.store.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.ordering.web.LookupThrottle;

/**
 * A guest finds an order by email and number (the same answer for either mistake, a few tries a
 * minute) and asks for a return; the reason is kept encrypted and staff see it.
 */
@AccountTest
@PolicyClause("SHOP-ORDERS")
class OrderLookupTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountFixture accounts;

	@Autowired
	LookupThrottle throttle;

	CheckoutFlows flows;

	String email;

	String number;

	String id;

	@BeforeEach
	void setUp() {
		throttle.reset();
		flows = new CheckoutFlows(jdbc);
		WebClient guest = accounts.browser();
		CheckoutFlows.addToCart(guest, flows.piece("rings", 1, 60_00));
		email = AccountFixture.uniqueEmail("lookup");
		id = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(guest, CheckoutFlows.usContact(email).toArray(String[]::new)));
		CheckoutFlows.pay(guest, CheckoutFlows.place(guest, id), CheckoutFlows.CARD_OK);
		number = jdbc.sql("select number from shop_order where id = ?").param(UUID.fromString(id)).query(String.class).single();
	}

	@Test
	void theRightEmailAndNumberOpenTheOrderAndItsReturnForm() {
		WebClient browser = accounts.browser();
		browser.get("/orders/lookup");
		WebClient.Page found = browser.post("/orders/lookup", "email", email.toUpperCase(), "number", number.toLowerCase());
		assertThat(found.redirect()).hasValue("/orders/" + number);
		WebClient.Page detail = browser.get("/orders/" + number);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.text("#order-status")).isEqualTo("Paid");

		WebClient.Page tooLong = browser.post("/orders/" + number + "/return", "kind", "return", "reason", "x".repeat(1001));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.text("#reason-error")).contains("1,000");
		assertThat(browser.post("/orders/" + number + "/return", "kind", "swap", "reason", "Too small").status()).isEqualTo(400);
		WebClient.Page sent = browser.post("/orders/" + number + "/return", "kind", "exchange", "reason", "Too small for my wrist");
		assertThat(sent.redirect()).hasValue("/orders/" + number + "?sent");
		assertThat(browser.get(sent.redirect().get()).text("#return-requests")).contains("Too small for my wrist");
		assertThat(jdbc.sql("select count(*) from order_return_request where order_id = ?").param(UUID.fromString(id))
			.query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("select encode(reason_enc, 'escape') from order_return_request where order_id = ?")
			.param(UUID.fromString(id)).query(String.class).single()).doesNotContain("wrist");
	}

	@Test
	void aWrongEmailAndAWrongNumberGetTheSameAnswer() {
		WebClient browser = accounts.browser();
		browser.get("/orders/lookup");
		WebClient.Page wrongEmail = browser.post("/orders/lookup", "email", "someone.else@example.com", "number", number);
		String other = number.endsWith("0") ? number.substring(0, 10) + "1" : number.substring(0, 10) + "0";
		WebClient.Page wrongNumber = browser.post("/orders/lookup", "email", email, "number", other);
		assertThat(wrongEmail.status()).isEqualTo(404);
		assertThat(wrongNumber.status()).isEqualTo(404);
		assertThat(wrongEmail.text("#lookup-none")).isEqualTo(wrongNumber.text("#lookup-none")).isNotEmpty();
		assertThat(browser.get("/orders/" + number).status()).isEqualTo(404);
		assertThat(browser.post("/orders/lookup", "email", "x", "number", "12").status()).isEqualTo(400);
	}

	@Test
	void lookUpsFromOneAddressAreLimited() {
		WebClient browser = accounts.browser();
		browser.get("/orders/lookup");
		int limited = 0;
		for (int i = 0; i < 12; i++) {
			if (browser.post("/orders/lookup", "email", "guess" + i + "@example.com", "number", number).status() == 429) {
				limited++;
			}
		}
		assertThat(limited).isEqualTo(2);
		WebClient.Page right = browser.post("/orders/lookup", "email", email, "number", number);
		assertThat(right.status()).isEqualTo(429);
		assertThat(right.text("#lookup-too-many")).contains("Too many attempts");
	}
}
