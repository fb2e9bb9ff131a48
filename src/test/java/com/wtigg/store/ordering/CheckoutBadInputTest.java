package com.wtigg.store.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;

/**
 * Bad input at checkout gets a clear message beside its field, the form filled in as it was and a
 * 4xx; nothing is stored and no order or payment is made by mistake.
 */
@AccountTest
@PolicyClause("SHOP-CHECKOUT")
class CheckoutBadInputTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountFixture accounts;

	CheckoutFlows flows;

	WebClient buyer;

	String slug;

	@BeforeEach
	void setUp() {
		flows = new CheckoutFlows(jdbc);
		slug = flows.piece("rings", 1, 150_00);
		buyer = accounts.browser();
		CheckoutFlows.addToCart(buyer, slug);
		buyer.get("/checkout/contact");
	}

	private int drafts() {
		return jdbc.sql("select count(*) from checkout_draft where cart_id = ?")
			.param(UUID.fromString(buyer.cookie("cart").orElseThrow())).query(Integer.class).single();
	}

	@ParameterizedTest
	@CsvSource({ "US,1234", "US,12345-67", "US,ABCDE", "CA,12345", "CA,K1A 0BB", "GB,ABC 123", "CN,12345", "CN,1000000",
			"DE,1234", "FR,7500A", "JP,12-34567", "AU,20000" })
	void postalCodesOfTheWrongShapeForTheCountryAreRefused(String country, String code) {
		WebClient.Page page = buyer.post("/checkout/contact", CheckoutFlows.with(CheckoutFlows.usContact("shape@example.com"),
				"shippingCountry", country, "shippingPostalCode", code));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#shippingPostalCode-error")).contains("not a postal code");
		assertThat(page.html().select("#shippingPostalCode").attr("value")).isEqualTo(code);
		assertThat(page.html().select("#email").attr("value")).isEqualTo("shape@example.com");
		assertThat(drafts()).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "US,12345", "US,12345-6789", "CA,K1A 0B1", "CA,k1a0b1", "GB,SW1A 1AA", "CN,100000", "DE,10115", "FR,75001",
			"JP,100-0001", "HK,''" })
	void postalCodesOfTheirCountrysShapeAreAccepted(String country, String code) {
		WebClient.Page page = buyer.post("/checkout/contact", CheckoutFlows.with(CheckoutFlows.usContact("ok@example.com"),
				"shippingCountry", country, "shippingPostalCode", code));
		assertThat(page.redirect()).hasValue("/checkout/shipping");
		assertThat(drafts()).isOne();
	}

	@Test
	void missingAndInvalidContactFieldsAreEachNamed() {
		WebClient.Page page = buyer.post("/checkout/contact", CheckoutFlows.with(CheckoutFlows.usContact("not-an-email"),
				"shippingRecipient", "", "shippingLine1", "1 Main\u0007St", "shippingCountry", "XX", "phone", "12",
				"sameBilling", "", "billingRecipient", ""));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#email-error")).isNotEmpty();
		assertThat(page.text("#shippingRecipient-error")).isNotEmpty();
		assertThat(page.text("#shippingLine1-error")).contains("control characters");
		assertThat(page.text("#shippingCountry-error")).isNotEmpty();
		assertThat(page.text("#phone-error")).isNotEmpty();
		assertThat(page.text("#billingRecipient-error")).isNotEmpty();
		assertThat(drafts()).isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Mei\u0000Li|control characters", "Love \uD83D\uDC8E|Emoji",
			"abcdefghijklmnopqrstuvwxyz 12345|at most 30", "<script>|letters, digits" })
	void badEngravingsAreRefusedBesideTheField(String engraving, String message) {
		CheckoutFlows.toReview(buyer, CheckoutFlows.usContact("eng@example.com").toArray(String[]::new));
		WebClient.Page page = buyer.post("/checkout/preferences", "engraving", engraving, "ringSize", "6.5", "giftNote", "");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#engraving-error")).contains(message);
		assertThat(page.html().select("#ringSize").attr("value")).isEqualTo("6.5");
	}

	@Test
	void aTamperedPriceIsIgnoredAndAnUnknownKeyIsRefused() {
		WebClient.Page review = CheckoutFlows.toReview(buyer, CheckoutFlows.usContact("tamper@example.com").toArray(String[]::new));
		String key = CheckoutFlows.checkoutKey(review);
		WebClient.Page stale = CheckoutFlows.place(buyer, UUID.randomUUID().toString());
		assertThat(stale.status()).isEqualTo(400);
		assertThat(stale.text("main")).contains("out of date");
		assertThat(CheckoutFlows.place(buyer, "not-a-key").status()).isEqualTo(400);
		assertThat(CheckoutFlows.place(buyer, key, "price", "1", "total", "0.01", "priceCents", "1").status()).isEqualTo(302);
		long total = jdbc.sql("select total_cents from shop_order where id = ?").param(UUID.fromString(key)).query(Long.class).single();
		long shipping = jdbc.sql("select shipping_cents from shop_order where id = ?").param(UUID.fromString(key)).query(Long.class).single();
		assertThat(total).isEqualTo(150_00 + shipping);
	}

	@Test
	void anotherBuyersKeyOrCartIsRefused() {
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(buyer, CheckoutFlows.usContact("own@example.com").toArray(String[]::new)));
		assertThat(CheckoutFlows.place(buyer, key).status()).isEqualTo(302);
		WebClient other = accounts.browser();
		String bead = flows.piece("beads", 1, 5_00);
		CheckoutFlows.addToCart(other, bead);
		String otherKey = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(other, CheckoutFlows.usContact("other@example.com").toArray(String[]::new)));
		WebClient.Page stolen = CheckoutFlows.place(other, key);
		assertThat(stolen.status()).isEqualTo(400);
		assertThat(CheckoutFlows.place(other, otherKey, "cartId", buyer.cookie("cart").orElseThrow(), "cart",
				buyer.cookie("cart").orElseThrow()).status()).isEqualTo(302);
		assertThat(jdbc.sql("select p.slug from shop_order_line l join catalog_piece p on p.id = l.piece_id where l.order_id = ?")
			.param(UUID.fromString(otherKey)).query(String.class).list()).containsExactly(bead);
		assertThat(flows.orders(UUID.fromString(key))).isOne();
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefusedAndStoresNothing() {
		WebClient.Page forged = buyer.postWithoutToken("/checkout/contact", CheckoutFlows.usContact("forged@example.com").toArray(String[]::new));
		assertThat(forged.status()).isEqualTo(403);
		assertThat(drafts()).isZero();
		assertThat(buyer.postWithoutToken("/checkout/place", "checkoutKey", UUID.randomUUID().toString()).status()).isEqualTo(403);
	}

	@Test
	void aBadShippingOptionIsRefused() {
		buyer.post("/checkout/contact", CheckoutFlows.usContact("opt@example.com").toArray(String[]::new));
		buyer.get("/checkout/shipping");
		WebClient.Page page = buyer.post("/checkout/shipping", "option", "teleport");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#option-error")).isNotEmpty();
	}
}
