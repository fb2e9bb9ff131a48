package com.wtigg.store.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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
 * The PayPal gateway against a local stub of PayPal's REST API, with webhooks signed by a
 * certificate the stub serves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PaymentEvents.class)
class PayPalGatewayTest {

	@DynamicPropertySource
	static void paypal(DynamicPropertyRegistry properties) {
		properties.add("store.payment.gateway", () -> "paypal");
		properties.add("store.payment.paypal.client-id", () -> PayPalStub.CLIENT_ID);
		properties.add("store.payment.paypal.client-secret", () -> PayPalStub.CLIENT_SECRET);
		properties.add("store.payment.paypal.webhook-id", () -> PayPalStub.WEBHOOK_ID);
		properties.add("store.payment.paypal.api-base", PayPalStub.SERVER::baseUrl);
		properties.add("store.payment.paypal.cert-url-prefixes", () -> PayPalStub.SERVER.baseUrl() + "/certs/");
		properties.add("store.payment.paypal.return-base", () -> "https://shop.example");
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
	void anOrderIsCreatedWithTheOrderIdAsRequestIdAndOnlyTheRegisteredFields() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("199.99"));
		String order = PayPalStub.newOrderId();
		PayPalStub.createsOrder(order);
		PaymentStart start = payments.begin(request);

		assertThat(start.gateway()).isEqualTo("paypal");
		assertThat(start.redirect()).isEqualTo("https://www.paypal.com/checkoutnow?token=" + order);
		List<LoggedRequest> created = PayPalStub.SERVER.findAll(postRequestedFor(urlPathEqualTo("/v2/checkout/orders"))
			.withHeader("PayPal-Request-Id", equalTo(request.orderId().toString()))
			.withHeader("Authorization", equalTo("Bearer A21AAFakeAccessToken")));
		assertThat(created).hasSize(1);
		assertThat(Requests.jsonPaths(created.getFirst())).containsExactlyInAnyOrder("intent", "purchase_units[].amount.currency_code",
				"purchase_units[].amount.value", "purchase_units[].custom_id", "purchase_units[].invoice_id",
				"payment_source.paypal.experience_context.return_url", "payment_source.paypal.experience_context.cancel_url",
				"payment_source.paypal.experience_context.shipping_preference",
				"payment_source.paypal.experience_context.user_action");
		assertThat(created.getFirst().getBodyAsString()).contains("\"199.99\"", "\"CAPTURE\"", request.orderNumber(),
				"https://shop.example" + request.returnPath()).doesNotContain("Mei").doesNotContain("11355");
		assertThat(PayPalStub.SERVER.findAll(postRequestedFor(urlPathEqualTo("/v1/oauth2/token"))
			.withHeader("Authorization", matching("Basic .+")))).isNotEmpty()
			.allSatisfy(r -> assertThat(Requests.formFields(r)).containsExactly("grant_type"));
	}

	@Test
	@PolicyClause("SHR-PROCESSORS")
	void everyFieldSentToPayPalIsInItsRegisterEntry() {
		PaymentRequest request = captured(Money.ofDollars("80.00"));
		String capture = events.captured(request.orderId()).getFirst().reference();
		PayPalStub.refunds(capture, "R" + capture, "10.00");
		payments.refund(request.orderId(), Money.ofDollars("10.00"), "refund-fields-" + request.orderId());
		Set<String> sent = new HashSet<>();
		PayPalStub.SERVER.getAllServeEvents().stream().filter(e -> e.getRequest().getMethod().getName().equals("POST"))
			.forEach(e -> sent.addAll(e.getRequest().getUrl().startsWith("/v1/oauth2") ? Requests.formFields(e.getRequest())
					: Requests.jsonPaths(e.getRequest())));
		assertThat(sent).isEqualTo(processors.stream().flatMap(p -> p.processors().stream())
			.filter(p -> p.id().equals("paypal")).findFirst().orElseThrow().fields());
	}

	@Test
	@PolicyClause("COL-ORDER")
	void theReturnCapturesWithItsOwnRequestIdOnce() {
		PaymentRequest request = captured(Money.ofDollars("120.00"));
		PaymentSummary summary = payments.summary(request.orderId()).orElseThrow();
		assertThat(summary.state()).isEqualTo(PaymentSummary.State.CAPTURED);
		assertThat(summary.cardBrand()).isEqualTo("visa");
		assertThat(summary.cardLast4()).isEqualTo("1111");
		assertThat(events.captured(request.orderId())).hasSize(1);
		assertThat(PayPalStub.SERVER.findAll(postRequestedFor(urlPathEqualTo("/v2/checkout/orders/" + paypalOrder(request) + "/capture"))
			.withHeader("PayPal-Request-Id", equalTo(paypalOrder(request) + ":capture")))).hasSize(1);
		assertThat(payments.returned(request.orderId(), Map.of("token", paypalOrder(request))).succeeded()).isTrue();
		assertThat(events.captured(request.orderId())).hasSize(1);
	}

	@Test
	void aCaptureEventReplayedThreeTimesInRandomOrderWithTheReturnIsOneCapture() throws Exception {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("300.00"));
		String order = begun(request);
		String capture = "C" + order;
		PayPalStub.captures(order, capture, "300.00");
		String body = PayPalStub.captureEvent("WH-" + order, "PAYMENT.CAPTURE.COMPLETED", order, capture, "300.00");
		List<Callable<Object>> arrivals = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			arrivals.add(() -> deliver(body, PayPalStub.headers(body, PayPalStub.WEBHOOK_ID, PayPalStub.certUrl("paypal.pem"))));
		}
		arrivals.add(() -> payments.returned(request.orderId(), Map.of("token", order, "PayerID", "QYR5Z8XDVJNXQ")));
		Collections.shuffle(arrivals);
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (Future<Object> arrival : pool.invokeAll(arrivals)) {
				if (arrival.get() instanceof Integer status) {
					assertThat(status).isEqualTo(200);
				}
			}
		}
		assertThat(events.captured(request.orderId())).singleElement()
			.satisfies(e -> assertThat(e.amount()).isEqualTo(Money.ofDollars("300.00")));
	}

	@Test
	void aDeniedCaptureLeavesTheOrderPayableWithANewAttempt() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("45.00"));
		String order = begun(request);
		String denied = PayPalStub.captureEvent("WH-D" + order, "PAYMENT.CAPTURE.DENIED", order, "C" + order, "45.00");
		assertThat(deliver(denied, PayPalStub.headers(denied, PayPalStub.WEBHOOK_ID, PayPalStub.certUrl("paypal.pem")))).isEqualTo(200);
		assertThat(payments.summary(request.orderId()).orElseThrow().state()).isEqualTo(PaymentSummary.State.DECLINED);
		PayPalStub.createsOrder(PayPalStub.newOrderId());
		payments.begin(request);
		assertThat(PayPalStub.SERVER.findAll(postRequestedFor(urlPathEqualTo("/v2/checkout/orders"))
			.withHeader("PayPal-Request-Id", equalTo(request.orderId() + ":2")))).hasSize(1);
	}

	@Test
	void aBadSignatureAnotherWebhookOrAForeignCertificateIsRefusedAndChangesNothing() {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("60.00"));
		String order = begun(request);
		String body = PayPalStub.captureEvent("WH-B" + order, "PAYMENT.CAPTURE.COMPLETED", order, "C" + order, "60.00");
		String cert = PayPalStub.certUrl("paypal.pem");
		Map<String, String> tampered = new java.util.HashMap<>(PayPalStub.headers(body, PayPalStub.WEBHOOK_ID, cert));
		tampered.put("PAYPAL-TRANSMISSION-SIG", java.util.Base64.getEncoder().encodeToString(new byte[256]));
		assertThat(deliver(body, tampered)).isEqualTo(400);
		assertThat(deliver(body.replace("60.00", "0.01"), PayPalStub.headers(body, PayPalStub.WEBHOOK_ID, cert))).isEqualTo(400);
		assertThat(deliver(body, PayPalStub.headers(body, "WEBHOOK-OF-ANOTHER-ACCOUNT", cert))).isEqualTo(400);
		assertThat(deliver(body, PayPalStub.headers(body, PayPalStub.WEBHOOK_ID, "https://evil.example/cert.pem"))).isEqualTo(400);
		assertThat(deliver(body, PayPalStub.headers(body, PayPalStub.WEBHOOK_ID, PayPalStub.certUrl("expired.pem")))).isEqualTo(400);
		assertThat(deliver(body, PayPalStub.headers(body, PayPalStub.WEBHOOK_ID, PayPalStub.certUrl("missing.pem")))).isEqualTo(400);
		assertThat(deliver(body, Map.of())).isEqualTo(400);
		assertThat(payments.summary(request.orderId()).orElseThrow().state()).isEqualTo(PaymentSummary.State.STARTED);
		assertThat(events.captured(request.orderId())).isEmpty();
	}

	@Test
	void aRefundGoesThroughPayPalWithTheRefundKeyAndItsWebhookAddsNothing() {
		PaymentRequest request = captured(Money.ofDollars("200.00"));
		String capture = events.captured(request.orderId()).getFirst().reference();
		PayPalStub.refunds(capture, "R" + capture, "50.00");
		String key = "refund-" + request.orderId();
		assertThat(payments.refund(request.orderId(), Money.ofDollars("50.00"), key).succeeded()).isTrue();
		assertThat(PayPalStub.SERVER.findAll(postRequestedFor(urlPathEqualTo("/v2/payments/captures/" + capture + "/refund"))
			.withHeader("PayPal-Request-Id", equalTo(key))))
			.singleElement().satisfies(r -> assertThat(Requests.jsonPaths(r)).containsExactlyInAnyOrder("amount.value", "amount.currency_code"));

		String cert = PayPalStub.certUrl("paypal.pem");
		String refunded = PayPalStub.refundEvent("WH-R" + capture, capture, "R" + capture, "50.00", "50.00");
		assertThat(deliver(refunded, PayPalStub.headers(refunded, PayPalStub.WEBHOOK_ID, cert))).isEqualTo(200);
		assertThat(events.refunded(request.orderId())).singleElement().satisfies(e -> assertThat(e.refundKey()).isEqualTo(key));
		String more = PayPalStub.refundEvent("WH-R2" + capture, capture, "R2" + capture, "25.00", "75.00");
		assertThat(deliver(more, PayPalStub.headers(more, PayPalStub.WEBHOOK_ID, cert))).isEqualTo(200);
		assertThat(deliver(more, PayPalStub.headers(more, PayPalStub.WEBHOOK_ID, cert))).isEqualTo(200);
		assertThat(events.refunded(request.orderId())).hasSize(2);
		assertThat(payments.summary(request.orderId()).orElseThrow().refunded()).isEqualTo(Money.ofDollars("75.00"));
	}

	private String paypalOrder(PaymentRequest request) {
		return PayPalStub.SERVER.getAllServeEvents().stream()
			.filter(e -> e.getRequest().getUrl().equals("/v2/checkout/orders")
					&& request.orderId().toString().equals(e.getRequest().getHeader("PayPal-Request-Id")))
			.map(e -> e.getResponse().getBodyAsString()).map(b -> b.substring(b.indexOf("\"id\": \"") + 7, b.indexOf("\"id\": \"") + 24))
			.findFirst().orElseThrow();
	}

	private String begun(PaymentRequest request) {
		String order = PayPalStub.newOrderId();
		PayPalStub.createsOrder(order);
		payments.begin(request);
		return order;
	}

	/** A payment PayPal captured when the shopper came back from approving it. */
	private PaymentRequest captured(Money amount) {
		PaymentRequest request = SandboxPayments.request(amount);
		String order = begun(request);
		PayPalStub.captures(order, "C" + order, amount.dollars().toPlainString());
		PaymentOutcome outcome = payments.returned(request.orderId(), Map.of("token", order, "PayerID", "QYR5Z8XDVJNXQ"));
		assertThat(outcome.status()).isEqualTo(Status.SUCCEEDED);
		return request;
	}

	private int deliver(String body, Map<String, String> headers) {
		return Webhooks.deliver(port, "/payment/webhooks/paypal", body, headers);
	}
}
