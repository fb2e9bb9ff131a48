package com.wtigg.store.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.ordering.process.ReservationExpiry;

/**
 * Placing reserves one-of-a-kind stock at once and exactly once: many buyers of the last piece,
 * double submits, back-button resubmits and retried requests, reservations that run out.
 */
@AccountTest
@PolicyClause("SHOP-CHECKOUT")
class PlacingTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountFixture accounts;

	@Autowired
	ReservationExpiry expiry;

	CheckoutFlows flows;

	@BeforeEach
	void setUp() {
		flows = new CheckoutFlows(jdbc);
	}

	@Test
	void ofFiftyBuyersOfTheLastPieceExactlyOneGetsIt() throws Exception {
		String slug = flows.piece("pendants", 1, 700_00);
		int buyers = 50;
		List<WebClient> browsers = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < buyers; i++) {
			WebClient browser = accounts.browser();
			CheckoutFlows.addToCart(browser, slug);
			keys.add(CheckoutFlows.checkoutKey(CheckoutFlows.toReview(browser,
					CheckoutFlows.usContact("buyer" + i + "@example.com").toArray(String[]::new))));
			browsers.add(browser);
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(buyers);
		List<Future<WebClient.Page>> results = new ArrayList<>();
		for (int i = 0; i < buyers; i++) {
			WebClient browser = browsers.get(i);
			String key = keys.get(i);
			Callable<WebClient.Page> place = () -> {
				start.await();
				return CheckoutFlows.place(browser, key);
			};
			results.add(pool.submit(place));
		}
		start.countDown();
		List<WebClient.Page> pages = new ArrayList<>();
		for (Future<WebClient.Page> result : results) {
			pages.add(result.get());
		}
		pool.shutdown();

		assertThat(pages.stream().filter(p -> p.status() == 302)).hasSize(1);
		List<WebClient.Page> sold = pages.stream().filter(p -> p.status() == 409).toList();
		assertThat(sold).hasSize(buyers - 1);
		assertThat(sold).allSatisfy(p -> assertThat(p.text("#just-sold")).isEqualTo("Just sold"));
		assertThat(flows.stock(slug)).isZero();
		assertThat(jdbc.sql("select count(*) from shop_order o join shop_order_line l on l.order_id = o.id join catalog_piece p on p.id = l.piece_id where p.slug = ?")
			.param(slug).query(Integer.class).single()).isOne();
	}

	@Test
	void theJustSoldPageIsInChineseToo() {
		String slug = flows.piece("pendants", 1, 10_00);
		WebClient first = accounts.browser();
		WebClient second = accounts.browser();
		CheckoutFlows.addToCart(first, slug);
		CheckoutFlows.addToCart(second, slug);
		String one = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(first, CheckoutFlows.usContact("a@example.com").toArray(String[]::new)));
		String two = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(second, CheckoutFlows.usContact("b@example.com").toArray(String[]::new)));
		assertThat(CheckoutFlows.place(first, one).status()).isEqualTo(302);
		second.post("/language", "lang", "zh-CN", "back", "/");
		WebClient.Page sold = CheckoutFlows.place(second, two);
		assertThat(sold.status()).isEqualTo(409);
		assertThat(sold.text("#just-sold")).isEqualTo("刚刚售出");
		assertThat(flows.orders(UUID.fromString(two))).isZero();
	}

	@Test
	void aDoubleSubmitAResubmitAfterBackAndARetryMakeOneOrderAndOnePayment() throws Exception {
		String slug = flows.piece("bracelets", 1, 250_00);
		WebClient guest = accounts.browser();
		CheckoutFlows.addToCart(guest, slug);
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(guest,
				CheckoutFlows.usContact(AccountFixture.uniqueEmail("twice")).toArray(String[]::new)));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Future<WebClient.Page> a = pool.submit(() -> CheckoutFlows.place(guest, key));
		Future<WebClient.Page> b = pool.submit(() -> CheckoutFlows.place(guest, key));
		String first = a.get().redirect().orElseThrow();
		String second = b.get().redirect().orElseThrow();
		pool.shutdown();
		assertThat(first).isEqualTo(second).startsWith("/payment/sandbox/pay/");
		guest.get("/checkout/review");
		String third = CheckoutFlows.place(guest, key).redirect().orElseThrow();
		assertThat(third).isEqualTo(first);
		assertThat(flows.orders(UUID.fromString(key))).isOne();
		assertThat(flows.payments(UUID.fromString(key))).isOne();
		assertThat(flows.stock(slug)).isZero();
		WebClient.Page paid = CheckoutFlows.pay(guest, CheckoutFlows.place(guest, key), CheckoutFlows.CARD_OK);
		assertThat(paid.redirect()).hasValue("/checkout/confirmation/" + key);
		assertThat(CheckoutFlows.place(guest, key).redirect()).hasValue("/checkout/confirmation/" + key);
		assertThat(jdbc.sql("select count(*) from payment where order_id = ? and state = 'CAPTURED'").param(UUID.fromString(key))
			.query(Integer.class).single()).isOne();
	}

	@Test
	void anUnpaidOrderIsCancelledAndItsStockReleasedWhenTheReservationRunsOut() {
		String slug = flows.piece("necklaces", 1, 90_00);
		WebClient guest = accounts.browser();
		CheckoutFlows.addToCart(guest, slug);
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(guest,
				CheckoutFlows.usContact(AccountFixture.uniqueEmail("late")).toArray(String[]::new)));
		assertThat(CheckoutFlows.place(guest, key).status()).isEqualTo(302);
		assertThat(flows.stock(slug)).isZero();
		expiry.expireAt(Instant.now().plus(Duration.ofMinutes(5)));
		assertThat(status(key)).isEqualTo("placed");
		expiry.expireAt(Instant.now().plus(Duration.ofMinutes(16)));
		assertThat(status(key)).isEqualTo("cancelled");
		assertThat(flows.stock(slug)).isOne();
		assertThat(jdbc.sql("select state from payment where order_id = ?").param(UUID.fromString(key)).query(String.class).single())
			.isEqualTo("CANCELLED");
	}

	private String status(String key) {
		return jdbc.sql("select status from shop_order where id = ?").param(UUID.fromString(key)).query(String.class).single();
	}
}
