package com.wtigg.store.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.payment.PaymentOutcome.Status;
import com.wtigg.store.shared.Money;

/**
 * The sandbox gateway through its card page: the test cards' outcomes, a new attempt after a
 * decline, one capture however often the shopper comes back, refunds.
 */
@AccountTest
@RecordApplicationEvents
class SandboxGatewayTest {

	static final String EXPIRY = YearMonth.now().plusYears(2).format(java.time.format.DateTimeFormatter.ofPattern("MM/yy"));

	@Autowired
	PaymentApi payments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@LocalServerPort
	int port;

	WebClient browser;

	@BeforeEach
	void newBrowser() {
		browser = new WebClient(port);
	}

	@Test
	void theCardPageIsAccessibleInBothLanguagesAndPublishesTheTestNumbers() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("120.00"));
		String page = SandboxPayments.cardPage(payments, request);
		WebClient.Page form = browser.get(page);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.header("Cache-Control")).hasValue("no-store");
		assertThat(form.header("Content-Security-Policy").orElseThrow()).doesNotContain("stripe");
		assertThat(form.body()).contains(SandboxPayments.SUCCESS, SandboxPayments.DECLINED, SandboxPayments.NO_FUNDS, "$120.00");
		for (String field : new String[] { "name", "number", "expiry", "cvv" }) {
			Element input = form.html().selectFirst("input#" + field);
			assertThat(input).as(field).isNotNull();
			assertThat(form.html().selectFirst("label[for=" + field + "]")).as(field).isNotNull();
		}
		assertThat(form.html().selectFirst("input#number").attr("autocomplete")).isEqualTo("cc-number");
		assertThat(form.html().selectFirst("input#expiry").attr("autocomplete")).isEqualTo("cc-exp");
		assertThat(form.html().selectFirst("input#cvv").attr("autocomplete")).isEqualTo("cc-csc");
		assertThat(form.html().selectFirst("input#name").attr("autocomplete")).isEqualTo("cc-name");
		browser.post("/language", "lang", "zh-CN", "back", page);
		assertThat(browser.get(page).html().selectFirst("h1").text()).isEqualTo("银行卡付款（沙盒）");
	}

	@Test
	@PolicyClause("COL-ORDER")
	void aTestCardThatSucceedsIsCapturedOnceHoweverOftenTheShopperReturns() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("88.50"));
		String page = SandboxPayments.cardPage(payments, request);
		WebClient.Page paid = SandboxPayments.pay(browser, page, SandboxPayments.SUCCESS, EXPIRY, "123");
		Map<String, String> back = SandboxPayments.returnParameters(paid, request);

		assertThat(payments.returned(request.orderId(), back).status()).isEqualTo(Status.SUCCEEDED);
		assertThat(payments.returned(request.orderId(), back).status()).isEqualTo(Status.SUCCEEDED);
		assertThat(payments.begin(request).redirect()).isEqualTo(request.returnPath());

		assertThat(events.stream(PaymentEvent.PaymentCaptured.class).filter(e -> e.orderId().equals(request.orderId())))
			.singleElement().satisfies(e -> assertThat(e.amount()).isEqualTo(Money.ofDollars("88.50")));
		PaymentSummary summary = payments.summary(request.orderId()).orElseThrow();
		assertThat(summary.state()).isEqualTo(PaymentSummary.State.CAPTURED);
		assertThat(summary.cardBrand()).isEqualTo("visa");
		assertThat(summary.cardLast4()).isEqualTo("4242");
		assertThat(summary.captured()).isEqualTo(Money.ofDollars("88.50"));
	}

	@Test
	void aDeclinedCardLeavesTheOrderPayableWithAnotherCard() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("40.00"));
		String first = SandboxPayments.cardPage(payments, request);
		WebClient.Page declined = SandboxPayments.pay(browser, first, SandboxPayments.DECLINED, EXPIRY, "123");
		PaymentOutcome outcome = payments.returned(request.orderId(), SandboxPayments.returnParameters(declined, request));
		assertThat(outcome).isEqualTo(new PaymentOutcome(Status.DECLINED, "payment.declined"));
		assertThat(payments.summary(request.orderId()).orElseThrow().state()).isEqualTo(PaymentSummary.State.DECLINED);

		String second = SandboxPayments.cardPage(payments, request);
		assertThat(second).isNotEqualTo(first);
		assertThat(browser.get(first).status()).isEqualTo(302);
		WebClient.Page paid = SandboxPayments.pay(browser, second, SandboxPayments.SUCCESS, EXPIRY, "321");
		assertThat(payments.returned(request.orderId(), SandboxPayments.returnParameters(paid, request)).succeeded()).isTrue();
		assertThat(events.stream(PaymentEvent.PaymentCaptured.class).filter(e -> e.orderId().equals(request.orderId())))
			.hasSize(1);
	}

	@Test
	void insufficientFundsIsADeclineWithItsOwnMessage() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("900.00"));
		String page = SandboxPayments.cardPage(payments, request);
		WebClient.Page declined = SandboxPayments.pay(browser, page, SandboxPayments.NO_FUNDS, EXPIRY, "1234");
		assertThat(payments.returned(request.orderId(), SandboxPayments.returnParameters(declined, request)))
			.isEqualTo(new PaymentOutcome(Status.DECLINED, "payment.insufficientFunds"));
		assertThat(events.stream(PaymentEvent.PaymentCaptured.class)).noneMatch(e -> e.orderId().equals(request.orderId()));
	}

	@Test
	void aMadeUpOrWrongTokenCapturesNothing() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("15.00"));
		SandboxPayments.cardPage(payments, request);
		assertThat(payments.returned(request.orderId(), Map.of("token", "made-up")).status()).isEqualTo(Status.FAILED);
		assertThat(payments.returned(request.orderId(), Map.of()).status()).isEqualTo(Status.FAILED);
		assertThat(payments.summary(request.orderId()).orElseThrow().state()).isEqualTo(PaymentSummary.State.STARTED);
		assertThat(payments.returned(java.util.UUID.randomUUID(), Map.of("token", "x")).status()).isEqualTo(Status.FAILED);
	}

	@Test
	void aCancelledPaymentsCardPageIsClosed() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("15.00"));
		String page = SandboxPayments.cardPage(payments, request);
		payments.cancel(request.orderId());
		assertThat(browser.get(page).status()).isEqualTo(410);
		assertThat(payments.summary(request.orderId()).orElseThrow().state()).isEqualTo(PaymentSummary.State.CANCELLED);
		assertThat(SandboxPayments.cardPage(payments, request)).isNotEqualTo(page);
	}

	@Test
	void refundsAreIdempotentPerKeyAndNeverExceedTheCapture() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("100.00"));
		String page = SandboxPayments.cardPage(payments, request);
		WebClient.Page paid = SandboxPayments.pay(browser, page, SandboxPayments.SUCCESS, EXPIRY, "123");
		payments.returned(request.orderId(), SandboxPayments.returnParameters(paid, request));

		assertThat(payments.refund(request.orderId(), Money.ofDollars("30.00"), "refund-1").succeeded()).isTrue();
		assertThat(payments.refund(request.orderId(), Money.ofDollars("30.00"), "refund-1").succeeded()).isTrue();
		assertThat(payments.refund(request.orderId(), Money.ofDollars("80.00"), "refund-2"))
			.isEqualTo(new PaymentOutcome(Status.FAILED, "payment.refundTooLarge"));
		assertThat(payments.refund(request.orderId(), Money.ofDollars("70.00"), "refund-3").succeeded()).isTrue();

		PaymentSummary summary = payments.summary(request.orderId()).orElseThrow();
		assertThat(summary.refunded()).isEqualTo(Money.ofDollars("100.00"));
		assertThat(summary.state()).isEqualTo(PaymentSummary.State.REFUNDED);
		assertThat(events.stream(PaymentEvent.PaymentRefunded.class).filter(e -> e.orderId().equals(request.orderId())))
			.extracting(PaymentEvent.PaymentRefunded::refundKey).containsExactly("refund-1", "refund-3");
	}

	@Test
	void anUncapturedPaymentCannotBeRefunded() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("10.00"));
		SandboxPayments.cardPage(payments, request);
		assertThat(payments.refund(request.orderId(), Money.ofDollars("10.00"), "r").status()).isEqualTo(Status.FAILED);
	}
}
