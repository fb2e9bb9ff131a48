package com.wtigg.store.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.payment.PaymentOutcome.Status;
import com.wtigg.store.privacy.ProcessorSource;
import com.wtigg.store.shared.Money;

/**
 * The Stripe gateway against a local stub of Stripe's API, with webhooks signed as Stripe signs
 * them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PaymentEvents.class)
class StripeGatewayTest {

	@DynamicPropertySource
	static void stripe(DynamicPropertyRegistry properties) {
		properties.add("store.payment.gateway", () -> "stripe");
		properties.add("store.payment.stripe.secret-key", () -> StripeStub.SECRET_KEY);
		properties.add("store.payment.stripe.publishable-key", () -> StripeStub.PUBLISHABLE_KEY);
		properties.add("store.payment.stripe.webhook-secret", () -> StripeStub.WEBHOOK_SECRET);
		properties.add("store.payment.stripe.api-base", StripeStub.SERVER::baseUrl);
	}

	@Autowired
	PaymentApi payments;

	@Autowired
	PaymentEvents events;

	@Autowired
	List<ProcessorSource> processors;

	@LocalServerPort
	int port;

	@Test
	@PolicyClause("SHR-PROCESSORS")
	void anIntentIsCreatedWithTheOrderIdAsIdempotencyKeyAndOnlyTheRegisteredFields() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("250.00"));
		String intent = StripeStub.newIntentId();
		StripeStub.createsIntent(intent, 25_000);
		PaymentStart start = payments.begin(request);

		assertThat(start.gateway()).isEqualTo("stripe");
		assertThat(start.clientSecret()).isEqualTo(intent + "_secret_abc");
		assertThat(start.redirect()).startsWith("/payment/stripe/pay/" + intent + "?back=");
		List<LoggedRequest> created = StripeStub.SERVER.findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
			.withHeader("Idempotency-Key", equalTo(request.orderId().toString())));
		assertThat(created).hasSize(1);
		assertThat(Requests.formFields(created.getFirst()))
			.containsExactlyInAnyOrder("amount", "currency", "metadata[order_number]", "automatic_payment_methods[enabled]");
		assertThat(created.getFirst().getBodyAsString()).contains("amount=25000", "currency=usd")
			.doesNotContain("Mei").doesNotContain("11355");
		assertThat(Requests.formFields(created.getFirst())).isSubsetOf(stripeEntryFields());
	}

	@Test
	@PolicyClause("SHR-PROCESSORS")
	void everyFieldSentToStripeIsInItsRegisterEntry() {
		PaymentRequest request = captured(Money.ofDollars("80.00"));
		payments.refund(request.orderId(), Money.ofDollars("10.00"), "refund-fields-" + request.orderId());
		Set<String> sent = new HashSet<>();
		StripeStub.SERVER.getAllServeEvents().forEach(e -> sent.addAll(Requests.formFields(e.getRequest())));
		assertThat(sent).isEqualTo(stripeEntryFields());
	}

	@Test
	@PolicyClause("COL-ORDER")
	void theReturnCapturesOnceWithTheCardsBrandAndLastDigits() {
		PaymentRequest request = captured(Money.ofDollars("120.00"));
		PaymentSummary summary = payments.summary(request.orderId()).orElseThrow();
		assertThat(summary.state()).isEqualTo(PaymentSummary.State.CAPTURED);
		assertThat(summary.cardBrand()).isEqualTo("visa");
		assertThat(summary.cardLast4()).isEqualTo("4242");
		assertThat(events.captured(request.orderId())).hasSize(1);
	}

	@Test
	void aCaptureEventReplayedThreeTimesInRandomOrderWithTheReturnIsOneCapture() throws Exception {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("300.00"));
		String intent = begun(request, 30_000);
		StripeStub.intentIs(intent, 30_000, "succeeded");
		String body = StripeStub.event("evt_" + intent, "payment_intent.succeeded",
				StripeStub.intent(intent, 30_000, "succeeded", "\"ch_" + intent.substring(3) + "\""), null);
		List<Callable<Object>> arrivals = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			arrivals.add(() -> deliver(body, StripeStub.signature(body, StripeStub.WEBHOOK_SECRET)));
		}
		arrivals.add(() -> payments.returned(request.orderId(), Map.of("payment_intent", intent)));
		Collections.shuffle(arrivals);
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (Future<Object> arrival : pool.invokeAll(arrivals)) {
				Object result = arrival.get();
				if (result instanceof Integer status) {
					assertThat(status).isEqualTo(200);
				}
			}
		}
		assertThat(events.captured(request.orderId())).singleElement()
			.satisfies(e -> assertThat(e.amount()).isEqualTo(Money.ofDollars("300.00")));
	}

	@Test
	void aDeclineThatArrivesAfterTheCaptureChangesNothing() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("45.00"));
		String intent = begun(request, 4_500);
		String succeeded = StripeStub.event("evt_ok_" + intent, "payment_intent.succeeded",
				StripeStub.intent(intent, 4_500, "succeeded", "\"ch_x\""), null);
		String failed = StripeStub.event("evt_no_" + intent, "payment_intent.payment_failed",
				StripeStub.intent(intent, 4_500, "requires_payment_method", null), null);
		assertThat(deliver(succeeded, StripeStub.signature(succeeded, StripeStub.WEBHOOK_SECRET))).isEqualTo(200);
		assertThat(deliver(failed, StripeStub.signature(failed, StripeStub.WEBHOOK_SECRET))).isEqualTo(200);
		assertThat(payments.summary(request.orderId()).orElseThrow().state()).isEqualTo(PaymentSummary.State.CAPTURED);
		assertThat(events.captured(request.orderId())).hasSize(1);
	}

	@Test
	void aDeclineEventLeavesTheOrderPayableWithANewAttempt() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("45.00"));
		String intent = begun(request, 4_500);
		String failed = StripeStub.event("evt_no_" + intent, "payment_intent.payment_failed",
				StripeStub.intent(intent, 4_500, "requires_payment_method", null), null);
		assertThat(deliver(failed, StripeStub.signature(failed, StripeStub.WEBHOOK_SECRET))).isEqualTo(200);
		assertThat(payments.summary(request.orderId()).orElseThrow().state()).isEqualTo(PaymentSummary.State.DECLINED);

		String second = StripeStub.newIntentId();
		StripeStub.createsIntent(second, 4_500);
		assertThat(payments.begin(request).clientSecret()).isEqualTo(second + "_secret_abc");
		assertThat(StripeStub.SERVER.findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
			.withHeader("Idempotency-Key", equalTo(request.orderId() + ":2")))).hasSize(1);
	}

	@Test
	void aLateSuccessOfAnEarlierAttemptStillFindsItsOrderAndIsItsCapture() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("61.00"));
		String first = begun(request, 6_100);
		String failed = StripeStub.event("evt_no_" + first, "payment_intent.payment_failed",
				StripeStub.intent(first, 6_100, "requires_payment_method", null), null);
		assertThat(deliver(failed, StripeStub.signature(failed, StripeStub.WEBHOOK_SECRET))).isEqualTo(200);
		String second = begun(request, 6_100);
		assertThat(second).isNotEqualTo(first);

		String late = StripeStub.event("evt_ok_" + first, "payment_intent.succeeded",
				StripeStub.intent(first, 6_100, "succeeded", "\"ch_" + first.substring(3) + "\""), null);
		assertThat(deliver(late, StripeStub.signature(late, StripeStub.WEBHOOK_SECRET))).isEqualTo(200);
		assertThat(payments.summary(request.orderId()).orElseThrow().state()).isEqualTo(PaymentSummary.State.CAPTURED);
		assertThat(events.captured(request.orderId())).singleElement()
			.satisfies(e -> assertThat(e.reference()).isEqualTo("ch_" + first.substring(3)));
	}

	@Test
	void aBadSignatureIsRefusedAndChangesNothing() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("60.00"));
		String intent = begun(request, 6_000);
		String body = StripeStub.event("evt_bad_" + intent, "payment_intent.succeeded",
				StripeStub.intent(intent, 6_000, "succeeded", "\"ch_x\""), null);
		assertThat(deliver(body, StripeStub.signature(body, "whsec_someone_else"))).isEqualTo(400);
		assertThat(deliver(body, "t=1,v1=00")).isEqualTo(400);
		assertThat(Webhooks.deliver(port, "/payment/webhooks/stripe", body, Map.of())).isEqualTo(400);
		String tampered = body.replace("6000", "1");
		assertThat(deliver(tampered, StripeStub.signature(body, StripeStub.WEBHOOK_SECRET))).isEqualTo(400);
		assertThat(payments.summary(request.orderId()).orElseThrow().state()).isEqualTo(PaymentSummary.State.STARTED);
		assertThat(events.captured(request.orderId())).isEmpty();
	}

	@Test
	void anEventOfAnotherAccountOrAnUnknownIntentIsRefused() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("60.00"));
		String intent = begun(request, 6_000);
		String foreign = StripeStub.event("evt_acct_" + intent, "payment_intent.succeeded",
				StripeStub.intent(intent, 6_000, "succeeded", "\"ch_x\""), "acct_1SomeoneElse");
		assertThat(deliver(foreign, StripeStub.signature(foreign, StripeStub.WEBHOOK_SECRET))).isEqualTo(400);
		String unknown = StripeStub.event("evt_unknown_" + intent, "payment_intent.succeeded",
				StripeStub.intent(StripeStub.newIntentId(), 6_000, "succeeded", "\"ch_x\""), null);
		assertThat(deliver(unknown, StripeStub.signature(unknown, StripeStub.WEBHOOK_SECRET))).isEqualTo(400);
		assertThat(deliver("not json", StripeStub.signature("not json", StripeStub.WEBHOOK_SECRET))).isEqualTo(400);
		assertThat(payments.summary(request.orderId()).orElseThrow().state()).isEqualTo(PaymentSummary.State.STARTED);
		assertThat(events.captured(request.orderId())).isEmpty();
	}

	@Test
	void webhookDeliveriesOfTheWrongShapeAre4xxNever500() {
		String huge = "{\"id\": \"" + "x".repeat(300_000) + "\"}";
		assertThat(deliver(huge, StripeStub.signature(huge, StripeStub.WEBHOOK_SECRET))).isEqualTo(400);
		assertThat(deliver("", StripeStub.signature("", StripeStub.WEBHOOK_SECRET))).isEqualTo(400);
		assertThat(Webhooks.deliver(port, "/payment/webhooks/paypal", "{}", Map.of())).isEqualTo(404);
		assertThat(Webhooks.deliver(port, "/payment/webhooks/sandbox", "{}", Map.of())).isEqualTo(404);
		String ignored = StripeStub.event("evt_other_" + StripeStub.newIntentId(), "customer.created", "{\"id\": \"cus_1\", \"object\": \"customer\"}", null);
		assertThat(deliver(ignored, StripeStub.signature(ignored, StripeStub.WEBHOOK_SECRET))).isEqualTo(200);
	}

	@Test
	void aRefundGoesThroughStripeWithTheRefundKeyAndItsWebhookAddsNothing() {
		PaymentRequest request = captured(Money.ofDollars("200.00"));
		// the stub names the intent's charge after the intent: ch_X belongs to pi_X
		String pi = "pi_" + events.captured(request.orderId()).getFirst().reference().substring(3);
		StripeStub.refunds("re_" + pi.substring(3), pi, 5_000);
		String key = "refund-" + request.orderId();
		assertThat(payments.refund(request.orderId(), Money.ofDollars("50.00"), key).succeeded()).isTrue();
		assertThat(StripeStub.SERVER.findAll(postRequestedFor(urlPathEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key))))
			.singleElement().satisfies(r -> assertThat(Requests.formFields(r)).containsExactlyInAnyOrder("payment_intent", "amount"));

		String refunded = StripeStub.event("evt_ref_" + pi, "charge.refunded", StripeStub.charge("ch_" + pi.substring(3), pi, 20_000, 5_000), null);
		assertThat(deliver(refunded, StripeStub.signature(refunded, StripeStub.WEBHOOK_SECRET))).isEqualTo(200);
		assertThat(events.refunded(request.orderId())).singleElement().satisfies(e -> assertThat(e.refundKey()).isEqualTo(key));

		String more = StripeStub.event("evt_ref2_" + pi, "charge.refunded", StripeStub.charge("ch_" + pi.substring(3), pi, 20_000, 8_000), null);
		assertThat(deliver(more, StripeStub.signature(more, StripeStub.WEBHOOK_SECRET))).isEqualTo(200);
		assertThat(deliver(more, StripeStub.signature(more, StripeStub.WEBHOOK_SECRET))).isEqualTo(200);
		assertThat(events.refunded(request.orderId())).hasSize(2).last().satisfies(e -> assertThat(e.amount()).isEqualTo(Money.ofDollars("30.00")));
		assertThat(payments.summary(request.orderId()).orElseThrow().refunded()).isEqualTo(Money.ofDollars("80.00"));
	}

	@Test
	void thePaymentPageShowsStripesElementAndTheCspLetsStripeIn() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("75.00"));
		String intent = begun(request, 7_500);
		StripeStub.intentIs(intent, 7_500, "requires_payment_method");
		com.wtigg.store.WebClient.Page page = new com.wtigg.store.WebClient(port).get(payments.begin(request).redirect());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().selectFirst("#stripe-payment").attr("data-secret")).isEqualTo(intent + "_secret_abc");
		assertThat(page.html().selectFirst("#stripe-payment").attr("data-key")).isEqualTo(StripeStub.PUBLISHABLE_KEY);
		assertThat(page.html().selectFirst("script[src=https://js.stripe.com/v3/]")).isNotNull();
		assertThat(page.header("Content-Security-Policy").orElseThrow()).contains("script-src 'self' https://js.stripe.com");
	}

	private Set<String> stripeEntryFields() {
		return processors.stream().flatMap(p -> p.processors().stream()).filter(p -> p.id().equals("stripe")).findFirst()
			.orElseThrow().fields();
	}

	private String begun(PaymentRequest request, long cents) {
		String intent = StripeStub.newIntentId();
		StripeStub.createsIntent(intent, cents);
		payments.begin(request);
		return intent;
	}

	/** A payment Stripe captured, confirmed by the shopper's return. */
	private PaymentRequest captured(Money amount) {
		PaymentRequest request = SandboxPayments.request(amount);
		String intent = begun(request, amount.cents());
		StripeStub.intentIs(intent, amount.cents(), "succeeded");
		PaymentOutcome outcome = payments.returned(request.orderId(), Map.of("payment_intent", intent, "redirect_status", "succeeded"));
		assertThat(outcome.status()).isEqualTo(Status.SUCCEEDED);
		return request;
	}

	private int deliver(String body, String signature) {
		return Webhooks.deliver(port, "/payment/webhooks/stripe", body, Map.of("Stripe-Signature", signature));
	}
}
