package com.wtigg.store.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.stripe.Stripe;

/**
 * A local stand-in for Stripe's API answering as Stripe's documentation shows, and Stripe's way of
 * signing webhook deliveries (HMAC-SHA256 of {@code timestamp.payload} with the signing secret).
 */
final class StripeStub {

	static final String SECRET_KEY = "sk_test_51Store";

	static final String PUBLISHABLE_KEY = "pk_test_51Store";

	static final String WEBHOOK_SECRET = "whsec_test_signing_secret";

	static final WireMockServer SERVER = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static {
		SERVER.start();
	}

	private StripeStub() {
	}

	static String newIntentId() {
		return "pi_3" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
	}

	/** Stripe answers the next PaymentIntent create with this intent. */
	static void createsIntent(String id, long amount) {
		SERVER.stubFor(post(urlPathEqualTo("/v1/payment_intents")).willReturn(json(intent(id, amount, "requires_payment_method", null))));
	}

	/** Stripe answers a retrieve of the intent with this status and, when paid, its charge. */
	static void intentIs(String id, long amount, String status) {
		SERVER.stubFor(get(urlPathEqualTo("/v1/payment_intents/" + id))
			.willReturn(json(intent(id, amount, status, status.equals("succeeded") ? charge("ch_" + id.substring(3), id, amount, 0) : null))));
	}

	static void refunds(String refundId, String intent, long amount) {
		SERVER.stubFor(post(urlPathEqualTo("/v1/refunds")).willReturn(json("""
				{"id": "%s", "object": "refund", "amount": %d, "currency": "usd", "payment_intent": "%s",
				 "charge": "ch_%s", "status": "succeeded", "created": 1764748800, "metadata": {}}
				""".formatted(refundId, amount, intent, intent.substring(3)))));
	}

	static String intent(String id, long amount, String status, String latestCharge) {
		return """
				{"id": "%s", "object": "payment_intent", "amount": %d, "amount_received": %d, "currency": "usd",
				 "status": "%s", "client_secret": "%s_secret_abc", "capture_method": "automatic",
				 "automatic_payment_methods": {"enabled": true}, "metadata": {"order_number": "W-1"},
				 "latest_charge": %s, "last_payment_error": null, "livemode": false, "created": 1764748800}
				""".formatted(id, amount, status.equals("succeeded") ? amount : 0, status, id,
				latestCharge == null ? "null" : latestCharge);
	}

	static String charge(String id, String intent, long amount, long refunded) {
		return """
				{"id": "%s", "object": "charge", "amount": %d, "amount_captured": %d, "amount_refunded": %d,
				 "currency": "usd", "paid": true, "captured": true, "refunded": %s, "status": "succeeded",
				 "payment_intent": "%s", "payment_method_details": {"type": "card",
				 "card": {"brand": "visa", "last4": "4242", "exp_month": 4, "exp_year": 2031, "funding": "credit"}},
				 "livemode": false, "created": 1764748800}
				""".formatted(id, amount, amount, refunded, refunded >= amount, intent);
	}

	/** A webhook event as Stripe sends it, around a data object. */
	static String event(String id, String type, String object, String account) {
		return """
				{"id": "%s", "object": "event", "api_version": "%s", "created": %d, "type": "%s", "livemode": false,
				 "pending_webhooks": 1, "request": {"id": null, "idempotency_key": null}, %s
				 "data": {"object": %s}}
				""".formatted(id, Stripe.API_VERSION, Instant.now().getEpochSecond(), type,
				account == null ? "" : "\"account\": \"" + account + "\",", object);
	}

	/** The Stripe-Signature header for a payload, signed now with a secret. */
	static String signature(String payload, String secret) {
		long timestamp = Instant.now().getEpochSecond();
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
			return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_test")
			.withBody(body);
	}
}
