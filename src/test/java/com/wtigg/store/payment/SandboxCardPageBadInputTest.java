package com.wtigg.store.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.shared.Money;

/**
 * Bad input on the sandbox's card page: a message beside the field, the name and expiry kept, the
 * number and CVV never shown again, a 400, and nothing stored.
 */
@AccountTest
class SandboxCardPageBadInputTest {

	static final String GOOD_EXPIRY = SandboxGatewayTest.EXPIRY;

	@Autowired
	PaymentApi payments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			bad Luhn               | Mei Lin | 4242 4242 4242 4241 | GOOD   | 123  | number | payment.card.number.luhn
			a real-looking card    | Mei Lin | 5555 5555 5555 4444 | GOOD   | 123  | number | payment.card.number.notTestCard
			letters in the number  | Mei Lin | 4242 4242 4242 abcd | GOOD   | 123  | number | payment.card.number.invalid
			too few digits         | Mei Lin | 4242 4242           | GOOD   | 123  | number | payment.card.number.invalid
			past expiry            | Mei Lin | 4242 4242 4242 4242 | 01/20  | 123  | expiry | payment.card.expiry.past
			month 13               | Mei Lin | 4242 4242 4242 4242 | 13/40  | 123  | expiry | payment.card.expiry.invalid
			expiry not MM/YY       | Mei Lin | 4242 4242 4242 4242 | 2031-04| 123  | expiry | payment.card.expiry.invalid
			CVV of 2 digits        | Mei Lin | 4242 4242 4242 4242 | GOOD   | 12   | cvv    | payment.card.cvv.invalid
			CVV of 5 digits        | Mei Lin | 4242 4242 4242 4242 | GOOD   | 12345| cvv    | payment.card.cvv.invalid
			empty name             | ''      | 4242 4242 4242 4242 | GOOD   | 123  | name   | payment.card.name.required
			""")
	void aBadFieldIsRefusedBesideItAndNothingIsStored(String label, String name, String number, String expiry, String cvv,
			String field, String messageKey) {
		String typedExpiry = expiry.equals("GOOD") ? GOOD_EXPIRY : expiry;
		Attempt attempt = attempt();
		WebClient.Page refused = attempt.browser.post(attempt.page, "name", name, "number", number, "expiry", typedExpiry, "cvv", cvv);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().selectFirst("#" + field + "-error")).as("message beside " + field).isNotNull();
		assertThat(refused.html().selectFirst("input#" + field).attr("aria-invalid")).isEqualTo("true");
		assertThat(refused.html().selectFirst("input#name").attr("value")).isEqualTo(name);
		assertThat(refused.html().selectFirst("input#expiry").attr("value")).isEqualTo(typedExpiry);
		assertThat(refused.html().selectFirst("input#number").attr("value")).isEmpty();
		assertThat(refused.html().selectFirst("input#cvv").attr("value")).isEmpty();
		assertThat(SandboxPayments.withoutHint(refused)).doesNotContain(number).doesNotContain(number.replace(" ", ""));
		assertNothingStored(attempt);
		assertThat(refused.text("#" + field + "-error"))
			.isEqualTo(messages.getMessage(messageKey, new Object[] { 100 }, Locale.ENGLISH));
	}

	@Test
	void aRealCardIsToldToUseATestCard() {
		Attempt attempt = attempt();
		WebClient.Page refused = attempt.browser.post(attempt.page, "name", "Mei Lin", "number", "5555555555554444", "expiry",
				GOOD_EXPIRY, "cvv", "123");
		assertThat(refused.text("#number-error")).contains("use a test card");
	}

	@Test
	void everyFieldEmptyIsRefusedFieldByField() {
		Attempt attempt = attempt();
		WebClient.Page refused = attempt.browser.post(attempt.page);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().select(".field-error")).hasSize(4);
		assertNothingStored(attempt);
	}

	@Test
	void tenThousandCharactersInEachFieldAreRefused() {
		Attempt attempt = attempt();
		String huge = "4".repeat(10_000);
		WebClient.Page refused = attempt.browser.post(attempt.page, "name", "M".repeat(10_000), "number", huge, "expiry", huge,
				"cvv", huge);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().select(".field-error")).hasSize(4);
		assertThat(refused.body()).doesNotContain(huge);
		assertNothingStored(attempt);
	}

	@Test
	void controlCharactersAreRefused() {
		Attempt attempt = attempt();
		WebClient.Page refused = attempt.browser.post(attempt.page, "name", "Mei\u0000Lin\u001b[31m", "number",
				"4242\u00004242\u00004242\u00004242", "expiry", GOOD_EXPIRY + "\u0007", "cvv", "12\u00003");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.html().select(".field-error")).hasSize(4);
		assertThat(refused.body()).doesNotContain("\u0000").doesNotContain("\u001b");
		assertNothingStored(attempt);
	}

	@Test
	@PolicyClause("COL-ORDER")
	void aPostWithoutTheFormsTokenIsRefusedAndAnUnknownSessionIsNotFound() {
		Attempt attempt = attempt();
		assertThat(attempt.browser.postWithoutToken(attempt.page, "name", "Mei Lin", "number", SandboxPayments.SUCCESS, "expiry",
				GOOD_EXPIRY, "cvv", "123").status()).isEqualTo(403);
		assertNothingStored(attempt);
		assertThat(attempt.browser.get("/payment/sandbox/pay/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(attempt.browser.get("/payment/sandbox/pay/" + "x".repeat(5000)).status()).isEqualTo(404);
	}

	private Attempt attempt() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("64.00"));
		String page = SandboxPayments.cardPage(payments, request);
		WebClient browser = new WebClient(port);
		assertThat(browser.get(page).status()).isEqualTo(200);
		return new Attempt(request, page, browser);
	}

	/** The card session has no outcome, token or card, and the payment is still only started. */
	private void assertNothingStored(Attempt attempt) {
		assertThat(jdbc.sql("select count(*) from payment_sandbox_session where order_id = ? and outcome is null "
				+ "and token is null and card_brand is null and card_last4 is null")
			.param(attempt.request().orderId()).query(Integer.class).single()).isOne();
		assertThat(payments.summary(attempt.request().orderId()).orElseThrow().state()).isEqualTo(PaymentSummary.State.STARTED);
	}

	private record Attempt(PaymentRequest request, String page, WebClient browser) {
	}
}
