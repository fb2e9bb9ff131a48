package com.wtigg.store.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.WebClient;

/**
 * A guest buys a piece of its own through the real pages (cart, checkout steps, the sandbox's card
 * page), as a browser without JavaScript would.
 */
final class GuestPurchase {

	static final String CARD_OK = "4242 4242 4242 4242";

	static final String STREET = "188 39th Avenue";

	private final JdbcClient jdbc;

	private final int port;

	GuestPurchase(JdbcClient jdbc, int port) {
		this.jdbc = jdbc;
		this.port = port;
	}

	/** What the buyer ended with: the order, its number as the confirmation page shows it. */
	record Bought(UUID orderId, String number, String pieceName) {
	}

	/** A new one-of-a-kind pendant in the catalog, bought and paid by a guest writing from this address. */
	Bought pendant(String email) {
		String slug = "mail-test-pendant-" + UUID.randomUUID();
		String colour = jdbc.sql("select key from catalog_colour order by position limit 1").query(String.class).single();
		String name = "Mail test pendant " + slug.substring(slug.length() - 8);
		jdbc.sql("""
				insert into catalog_piece (slug, category, name_en, name_zh, description_en, description_zh, jade_type, colour,
				  treatment_grade, origin, weight_g, certificate_lab, certificate_number, price_cents, stock)
				values (?, 'pendants', ?, '邮件测试吊坠', 'A test piece.', '测试作品。', 'JADEITE', ?, 'A', 'Myanmar', 12.5, 'GIA', ?, 128000, 1)
				""").params(slug, name, colour, "CERT-" + slug).update();
		WebClient browser = new WebClient(port);
		browser.get("/p/" + slug);
		assertThat(browser.post("/cart/items", "slug", slug, "quantity", "1").status()).isEqualTo(302);
		browser.get("/checkout/contact");
		assertThat(browser.post("/checkout/contact", "email", email, "shippingRecipient", "Mei Lin Buyer", "shippingLine1",
				STREET, "shippingCity", "Flushing", "shippingRegion", "NY", "shippingPostalCode", "11354",
				"shippingCountry", "US", "sameBilling", "yes").redirect()).hasValue("/checkout/shipping");
		String option = browser.get("/checkout/shipping").html().select("input[name=option]").first().attr("value");
		assertThat(browser.post("/checkout/shipping", "option", option).redirect()).hasValue("/checkout/preferences");
		browser.get("/checkout/preferences");
		assertThat(browser.post("/checkout/preferences").redirect()).hasValue("/checkout/review");
		String key = browser.get("/checkout/review").html().select("input[name=checkoutKey]").attr("value");
		String cardPage = browser.post("/checkout/place", "checkoutKey", key).redirect().orElseThrow();
		browser.get(cardPage);
		String back = browser.post(cardPage, "name", "Mei Lin Buyer", "number", CARD_OK, "expiry", "12/39", "cvv", "123")
			.redirect().orElseThrow();
		String confirmation = browser.get(back).redirect().orElseThrow();
		assertThat(confirmation).startsWith("/checkout/confirmation/");
		WebClient.Page page = browser.get(confirmation);
		assertThat(page.status()).isEqualTo(200);
		return new Bought(UUID.fromString(confirmation.substring(confirmation.lastIndexOf('/') + 1)),
				page.text("#order-number"), name);
	}
}
