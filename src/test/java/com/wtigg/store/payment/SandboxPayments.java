package com.wtigg.store.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.wtigg.store.WebClient;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;

/**
 * Pays made-up orders through the sandbox's card page, as the ordering module and a shopper would.
 */
final class SandboxPayments {

	static final String SUCCESS = "4242 4242 4242 4242";

	static final String DECLINED = "4000 0000 0000 0002";

	static final String NO_FUNDS = "4000 0000 0000 9995";

	private static final AtomicInteger NUMBERS = new AtomicInteger();

	private SandboxPayments() {
	}

	static PaymentRequest request(Money amount) {
		UUID order = UUID.randomUUID();
		return new PaymentRequest(order, SubjectId.random(), "W-T" + NUMBERS.incrementAndGet() + "-" + order.toString().substring(0, 6),
				amount, "Mei Lin Test", "11355", "US", "/checkout/" + order + "/paid");
	}

	/** Opens the card page the payment starts at, and returns its path. */
	static String cardPage(PaymentApi payments, PaymentRequest request) {
		PaymentStart start = payments.begin(request);
		assertThat(start.gateway()).isEqualTo("sandbox");
		assertThat(start.redirect()).startsWith("/payment/sandbox/pay/");
		return start.redirect();
	}

	/** Submits the card form; returns the response. */
	static WebClient.Page pay(WebClient browser, String page, String number, String expiry, String cvv) {
		browser.get(page);
		return browser.post(page, "name", "Mei Lin Test", "number", number, "expiry", expiry, "cvv", cvv);
	}

	/** The page as HTML without its published list of test numbers: what it shows of what was typed. */
	static String withoutHint(WebClient.Page page) {
		org.jsoup.nodes.Document html = page.html().clone();
		html.select("#sandbox-hint").remove();
		return html.outerHtml();
	}

	/** The query parameters the shopper comes back with, read from the card page's redirect. */
	static Map<String, String> returnParameters(WebClient.Page redirect, PaymentRequest request) {
		String location = redirect.redirect().orElseThrow();
		assertThat(location).startsWith(request.returnPath() + "?token=");
		return Map.of("token", location.substring(location.indexOf("token=") + 6));
	}
}
