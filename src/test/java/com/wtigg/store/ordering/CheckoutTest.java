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
 * Checkout end to end through the real server and the sandbox's card page: as a guest and signed
 * in, a declined card, and the pages only the buyer may open.
 */
@AccountTest
@PolicyClause({ "SHOP-CHECKOUT", "COL-ORDER" })
class CheckoutTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountFixture accounts;

	CheckoutFlows flows;

	@BeforeEach
	void setUp() {
		flows = new CheckoutFlows(jdbc);
		accounts.forgetFailedSignIns();
	}

	@Test
	void aGuestBuysAPendantAndSeesTheConfirmation() {
		String slug = flows.piece("pendants", 1, 480_00);
		WebClient guest = accounts.browser();
		CheckoutFlows.addToCart(guest, slug);
		String email = AccountFixture.uniqueEmail("guest");
		WebClient.Page review = CheckoutFlows.toReview(guest, CheckoutFlows.usContact(email).toArray(String[]::new));
		assertThat(review.text("#review-lines")).contains("Test piece " + slug).contains("$480.00");
		assertThat(review.html().select("#transfer-consent")).isEmpty();
		String key = CheckoutFlows.checkoutKey(review);

		WebClient.Page placed = CheckoutFlows.place(guest, key);
		assertThat(flows.stock(slug)).isZero();
		WebClient.Page back = CheckoutFlows.pay(guest, placed, CheckoutFlows.CARD_OK);
		assertThat(back.redirect()).hasValue("/checkout/confirmation/" + key);
		WebClient.Page confirmation = guest.get("/checkout/confirmation/" + key);
		assertThat(confirmation.status()).isEqualTo(200);
		assertThat(confirmation.text("#order-number")).matches("WT-[0-9A-HJKMNP-TV-Z]{8}");
		assertThat(confirmation.text("#order-status")).isEqualTo("Paid");
		assertThat(confirmation.text("#order-card")).contains("4242");
		assertThat(jdbc.sql("select status from shop_order where id = ?").param(UUID.fromString(key)).query(String.class).single())
			.isEqualTo("paid");
		assertThat(guest.get("/cart").text("#cart-body")).doesNotContain("Test piece " + slug);
	}

	@Test
	void theOrderKeepsItsPricesAddressesAndPreferencesEncrypted() {
		String slug = flows.piece("rings", 1, 120_00);
		WebClient guest = accounts.browser();
		CheckoutFlows.addToCart(guest, slug);
		String email = AccountFixture.uniqueEmail("sealed");
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(guest,
				CheckoutFlows.with(CheckoutFlows.usContact(email), "shippingRecipient", "Zhang Sealedname")));
		CheckoutFlows.pay(guest, CheckoutFlows.place(guest, key), CheckoutFlows.CARD_OK);
		String row = jdbc.sql("select row_to_json(o)::text from shop_order o where id = ?").param(UUID.fromString(key))
			.query(String.class).single();
		assertThat(row).doesNotContain(email).doesNotContain("Sealedname").doesNotContain("39th Avenue")
			.doesNotContain("Mei & Li").contains("\"shipping_country\":\"US\"").contains("\"total_cents\":");
		assertThat(jdbc.sql("select name_en, price_cents from shop_order_line where order_id = ?").param(UUID.fromString(key))
			.query((rs, n) -> rs.getString(1) + "|" + rs.getLong(2)).single()).isEqualTo("Test piece " + slug + "|12000");
	}

	@Test
	void aSignedInCustomerFindsTheFormFilledInAndSeesTheOrderInTheAccount() {
		WebClient browser = accounts.browser();
		String email = AccountFixture.uniqueEmail("customer");
		accounts.signedInCustomer(browser, "Li Customer", email);
		browser.get("/account");
		browser.post("/account/addresses", "recipient", "Li Customer", "line1", "1 Main St", "line2", "", "city", "Flushing",
				"region", "NY", "postalCode", "11355", "country", "US", "addressPhone", "");
		String slug = flows.piece("bangles", 1, 900_00);
		CheckoutFlows.addToCart(browser, slug);
		WebClient.Page contact = browser.get("/checkout/contact");
		assertThat(contact.html().select("#email").attr("value")).isEqualTo(email);
		assertThat(contact.html().select("#shippingRecipient").attr("value")).isEqualTo("Li Customer");
		assertThat(contact.html().select("#shippingLine1").attr("value")).isEqualTo("1 Main St");
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(browser, CheckoutFlows.usContact(email).toArray(String[]::new)));
		CheckoutFlows.pay(browser, CheckoutFlows.place(browser, key), CheckoutFlows.CARD_OK);
		WebClient.Page orders = browser.get("/account/orders");
		assertThat(orders.status()).isEqualTo(200);
		assertThat(orders.text("#orders-table")).contains("Paid");
		String number = orders.html().select("#orders-table a").first().text();
		assertThat(browser.get("/account/orders/" + number).text("#order-lines")).contains("Test piece " + slug);
	}

	@Test
	void aDeclinedCardKeepsTheCartAndAllowsAnotherTry() {
		String slug = flows.piece("earrings", 1, 300_00);
		WebClient guest = accounts.browser();
		CheckoutFlows.addToCart(guest, slug);
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(guest,
				CheckoutFlows.usContact(AccountFixture.uniqueEmail("declined")).toArray(String[]::new)));
		WebClient.Page back = CheckoutFlows.pay(guest, CheckoutFlows.place(guest, key), CheckoutFlows.CARD_DECLINED);
		assertThat(back.redirect()).hasValue("/checkout/review?declined=payment.declined");
		WebClient.Page again = guest.get(back.redirect().get());
		assertThat(again.text("#payment-declined")).contains("Nothing was charged");
		assertThat(flows.stock(slug)).isOne();
		assertThat(guest.get("/cart").text("#cart-body")).contains("Test piece " + slug);

		String retryKey = CheckoutFlows.checkoutKey(again);
		assertThat(retryKey).isNotEqualTo(key);
		WebClient.Page paid = CheckoutFlows.pay(guest, CheckoutFlows.place(guest, retryKey), CheckoutFlows.CARD_OK);
		assertThat(paid.redirect()).hasValue("/checkout/confirmation/" + retryKey);
		assertThat(flows.stock(slug)).isZero();
	}

	@Test
	void onlyTheBuyerOpensTheConfirmationAndReturnPages() {
		String slug = flows.piece("pendants", 1, 50_00);
		WebClient guest = accounts.browser();
		CheckoutFlows.addToCart(guest, slug);
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(guest,
				CheckoutFlows.usContact(AccountFixture.uniqueEmail("owner")).toArray(String[]::new)));
		CheckoutFlows.pay(guest, CheckoutFlows.place(guest, key), CheckoutFlows.CARD_OK);
		WebClient stranger = accounts.browser();
		stranger.get("/");
		assertThat(stranger.get("/checkout/confirmation/" + key).status()).isEqualTo(404);
		assertThat(stranger.get("/checkout/return/" + key + "?token=x").status()).isEqualTo(404);
		assertThat(stranger.get("/checkout/confirmation/not-a-uuid").status()).isEqualTo(404);
		assertThat(guest.get("/checkout/confirmation/" + key).status()).isEqualTo(200);
	}
}
