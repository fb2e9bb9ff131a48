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

/**
 * A buyer in China is asked, at review, for separate consent naming the payment processor and the
 * carrier with their countries, purposes and data categories; without it nothing is placed and
 * nothing reaches payment or shipping.
 */
@AccountTest
@PolicyClause("LOC-XBORDER")
class CrossBorderConsentTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountFixture accounts;

	CheckoutFlows flows;

	@BeforeEach
	void setUp() {
		flows = new CheckoutFlows(jdbc);
	}

	private static String[] chinaContact(String email, String country, String billingCountry) {
		return CheckoutFlows.with(CheckoutFlows.usContact(email), "shippingCity", "Beijing", "shippingRegion", "",
				"shippingPostalCode", country.equals("CN") ? "100000" : "11354", "shippingCountry", country,
				"sameBilling", billingCountry == null ? "yes" : "", "billingRecipient", "Wang Fang", "billingLine1", "1 Chang'an Avenue",
				"billingCity", "Beijing", "billingPostalCode", "100006", "billingCountry", billingCountry == null ? "CN" : billingCountry);
	}

	@Test
	void withoutConsentNothingIsPlacedAndNothingIsSentToPaymentOrShipping() {
		String slug = flows.piece("pendants", 1, 88_00);
		WebClient buyer = accounts.browser();
		CheckoutFlows.addToCart(buyer, slug);
		WebClient.Page review = CheckoutFlows.toReview(buyer, chinaContact(AccountFixture.uniqueEmail("cn"), "CN", null));
		assertThat(review.text("#transfer-consent")).contains("WTIGG sandbox payments").contains("United States")
			.contains("WTIGG sandbox carrier").contains("contact details and address");
		String key = CheckoutFlows.checkoutKey(review);

		WebClient.Page refused = CheckoutFlows.place(buyer, key);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text("#transferConsent-error")).contains("nothing was sent");
		assertThat(flows.orders(UUID.fromString(key))).isZero();
		assertThat(flows.payments(UUID.fromString(key))).isZero();
		assertThat(jdbc.sql("select count(*) from shipment where order_id = ?").param(UUID.fromString(key)).query(Integer.class).single())
			.isZero();
		assertThat(flows.stock(slug)).isOne();

		WebClient.Page placed = CheckoutFlows.place(buyer, key, "transferConsent", "yes");
		assertThat(placed.redirect().orElseThrow()).startsWith("/payment/sandbox/pay/");
		UUID subject = jdbc.sql("select subject_id from shop_order where id = ?").param(UUID.fromString(key)).query(UUID.class).single();
		assertThat(jdbc.sql("select count(*) from transfer_consent where subject_id = ? and source = 'checkout' and withdrawn_at is null")
			.param(subject).query(Integer.class).single()).isOne();
	}

	@Test
	void aBillingAddressInChinaAsksForConsentToo() {
		String slug = flows.piece("beads", 1, 20_00);
		WebClient buyer = accounts.browser();
		CheckoutFlows.addToCart(buyer, slug);
		WebClient.Page review = CheckoutFlows.toReview(buyer, chinaContact(AccountFixture.uniqueEmail("cnbill"), "US", "CN"));
		assertThat(review.html().select("#transfer-consent")).hasSize(1);
	}

	@Test
	void aBuyerOutsideChinaIsNotAsked() {
		String slug = flows.piece("beads", 1, 20_00);
		WebClient buyer = accounts.browser();
		CheckoutFlows.addToCart(buyer, slug);
		WebClient.Page review = CheckoutFlows.toReview(buyer, CheckoutFlows.usContact(AccountFixture.uniqueEmail("us")).toArray(String[]::new));
		assertThat(review.html().select("#transfer-consent")).isEmpty();
		assertThat(CheckoutFlows.place(buyer, CheckoutFlows.checkoutKey(review)).status()).isEqualTo(302);
	}
}
