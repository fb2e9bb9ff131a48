package com.wtigg.store.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.WebClient;

/**
 * Checkout driven through the real pages as a browser without JavaScript does it: pieces of its
 * own in the catalog, the cart, each step's form, placing, and the sandbox's card page.
 */
final class CheckoutFlows {

	static final String CARD_OK = "4242 4242 4242 4242";

	static final String CARD_DECLINED = "4000 0000 0000 0002";

	private static final AtomicInteger PIECES = new AtomicInteger();

	private final JdbcClient jdbc;

	CheckoutFlows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new piece of the category with this stock; returns its slug. */
	String piece(String category, int stock, long priceCents) {
		String slug = "checkout-test-" + category + "-" + System.nanoTime() + "-" + PIECES.incrementAndGet();
		String colour = jdbc.sql("select key from catalog_colour order by position limit 1").query(String.class).single();
		jdbc.sql("""
				insert into catalog_piece (slug, category, name_en, name_zh, description_en, description_zh, jade_type, colour,
				  treatment_grade, origin, weight_g, certificate_lab, certificate_number, price_cents, stock)
				values (?, ?, ?, ?, 'A test piece.', '测试作品。', 'JADEITE', ?, 'A', 'Myanmar', 12.5, 'GIA', ?, ?, ?)
				""").params(slug, category, "Test piece " + slug, "测试作品 " + slug, colour, "CERT-" + slug, priceCents, stock)
			.update();
		return slug;
	}

	int stock(String slug) {
		return jdbc.sql("select stock from catalog_piece where slug = ?").param(slug).query(Integer.class).single();
	}

	static void addToCart(WebClient browser, String slug) {
		browser.get("/p/" + slug);
		assertThat(browser.post("/cart/items", "slug", slug, "quantity", "1").status()).isEqualTo(302);
	}

	/** The contact step's fields for a US address, as pairs of names and values; change some with {@link #with}. */
	static List<String> usContact(String email) {
		return new ArrayList<>(List.of("email", email, "phone", "", "shippingRecipient", "Mei Lin Buyer",
				"shippingLine1", "188 39th Avenue", "shippingLine2", "", "shippingCity", "Flushing", "shippingRegion", "NY",
				"shippingPostalCode", "11354", "shippingCountry", "US", "shippingAddressPhone", "", "sameBilling", "yes"));
	}

	static String[] with(List<String> fields, String... changes) {
		List<String> all = new ArrayList<>(fields);
		for (int i = 0; i + 1 < changes.length; i += 2) {
			int at = all.indexOf(changes[i]);
			if (at >= 0 && at % 2 == 0) {
				all.set(at + 1, changes[i + 1]);
			}
			else {
				all.add(changes[i]);
				all.add(changes[i + 1]);
			}
		}
		return all.toArray(String[]::new);
	}

	/** Walks contact, shipping and preferences; returns the review page. */
	static WebClient.Page toReview(WebClient browser, String... contact) {
		browser.get("/checkout/contact");
		assertThat(browser.post("/checkout/contact", contact).redirect()).hasValue("/checkout/shipping");
		WebClient.Page options = browser.get("/checkout/shipping");
		String option = options.html().select("input[name=option]").first().attr("value");
		assertThat(browser.post("/checkout/shipping", "option", option).redirect()).hasValue("/checkout/preferences");
		browser.get("/checkout/preferences");
		assertThat(browser.post("/checkout/preferences", "engraving", "Mei & Li", "giftNote", "For you").redirect())
			.hasValue("/checkout/review");
		WebClient.Page review = browser.get("/checkout/review");
		assertThat(review.status()).isEqualTo(200);
		return review;
	}

	static String checkoutKey(WebClient.Page review) {
		return review.html().select("input[name=checkoutKey]").attr("value");
	}

	/** Places from the review page; the response is the redirect to the card page (or a refusal). */
	static WebClient.Page place(WebClient browser, String key, String... more) {
		String[] fields = new String[more.length + 2];
		fields[0] = "checkoutKey";
		fields[1] = key;
		System.arraycopy(more, 0, fields, 2, more.length);
		return browser.post("/checkout/place", fields);
	}

	/** Pays on the sandbox card page and follows the way back; returns where the store leads. */
	static WebClient.Page pay(WebClient browser, WebClient.Page placed, String card) {
		String cardPage = placed.redirect().orElseThrow();
		assertThat(cardPage).startsWith("/payment/sandbox/pay/");
		browser.get(cardPage);
		WebClient.Page back = browser.post(cardPage, "name", "Mei Lin Buyer", "number", card, "expiry", "12/39", "cvv", "123");
		assertThat(back.redirect().orElseThrow()).startsWith("/checkout/return/");
		return browser.get(back.redirect().get());
	}

	int orders(UUID id) {
		return jdbc.sql("select count(*) from shop_order where id = ?").param(id).query(Integer.class).single();
	}

	int payments(UUID orderId) {
		return jdbc.sql("select count(*) from payment where order_id = ?").param(orderId).query(Integer.class).single();
	}
}
