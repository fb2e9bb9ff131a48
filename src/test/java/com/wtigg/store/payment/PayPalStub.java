package com.wtigg.store.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * A local stand-in for PayPal's REST API answering as PayPal's documentation shows, with a
 * self-signed certificate it serves and signs webhook deliveries with, as PayPal does.
 */
final class PayPalStub {

	static final String CLIENT_ID = "AbPayPalClientId";

	static final String CLIENT_SECRET = "EPayPalClientSecret";

	static final String WEBHOOK_ID = "8PT597110X687430LKGECATA";

	static final WireMockServer SERVER = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	static final KeyPair KEYS = keys();

	static {
		SERVER.start();
		SERVER.stubFor(post(urlPathEqualTo("/v1/oauth2/token")).willReturn(json("""
				{"scope": "https://uri.paypal.com/services/payments/payment", "access_token": "A21AAFakeAccessToken",
				 "token_type": "Bearer", "app_id": "APP-80W284485P519543T", "expires_in": 32400, "nonce": "2026-12-03T08:00:00Z"}
				""")));
		serveCertificate("/certs/paypal.pem", Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
		serveCertificate("/certs/expired.pem", Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));
	}

	private PayPalStub() {
	}

	static String certUrl(String name) {
		return SERVER.baseUrl() + "/certs/" + name;
	}

	static String newOrderId() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 17).toUpperCase();
	}

	static void createsOrder(String id) {
		SERVER.stubFor(post(urlPathEqualTo("/v2/checkout/orders")).willReturn(json("""
				{"id": "%s", "status": "PAYER_ACTION_REQUIRED", "payment_source": {"paypal": {}},
				 "links": [{"href": "https://api-m.paypal.com/v2/checkout/orders/%s", "rel": "self", "method": "GET"},
				           {"href": "https://www.paypal.com/checkoutnow?token=%s", "rel": "payer-action", "method": "GET"}]}
				""".formatted(id, id, id))));
	}

	static void captures(String order, String capture, String value) {
		SERVER.stubFor(post(urlPathEqualTo("/v2/checkout/orders/" + order + "/capture")).willReturn(json("""
				{"id": "%s", "status": "COMPLETED",
				 "payment_source": {"card": {"name": "Mei Lin", "last_digits": "1111", "brand": "VISA", "type": "CREDIT"}},
				 "purchase_units": [{"reference_id": "default", "payments": {"captures": [{"id": "%s", "status": "COMPLETED",
				   "amount": {"currency_code": "USD", "value": "%s"}, "final_capture": true}]}}],
				 "links": [{"href": "https://api-m.paypal.com/v2/checkout/orders/%s", "rel": "self", "method": "GET"}]}
				""".formatted(order, capture, value, order))));
	}

	static void refunds(String capture, String refund, String value) {
		SERVER.stubFor(post(urlPathEqualTo("/v2/payments/captures/" + capture + "/refund")).willReturn(json("""
				{"id": "%s", "status": "COMPLETED", "amount": {"currency_code": "USD", "value": "%s"},
				 "links": [{"href": "https://api-m.paypal.com/v2/payments/refunds/%s", "rel": "self", "method": "GET"},
				           {"href": "https://api-m.paypal.com/v2/payments/captures/%s", "rel": "up", "method": "GET"}]}
				""".formatted(refund, value, refund, capture))));
	}

	static String captureEvent(String eventId, String type, String order, String capture, String value) {
		return """
				{"id": "%s", "event_version": "1.0", "create_time": "2026-12-03T08:00:00Z", "resource_type": "capture",
				 "resource_version": "2.0", "event_type": "%s", "summary": "Payment completed for $ %s USD",
				 "resource": {"id": "%s", "status": "%s", "amount": {"currency_code": "USD", "value": "%s"},
				   "final_capture": true, "supplementary_data": {"related_ids": {"order_id": "%s"}},
				   "create_time": "2026-12-03T08:00:00Z"},
				 "links": [{"href": "https://api.paypal.com/v1/notifications/webhooks-events/%s", "rel": "self", "method": "GET"}]}
				""".formatted(eventId, type, value, capture, type.endsWith("COMPLETED") ? "COMPLETED" : "DECLINED", value, order, eventId);
	}

	static String refundEvent(String eventId, String capture, String refund, String value, String total) {
		return """
				{"id": "%s", "event_version": "1.0", "create_time": "2026-12-03T08:00:00Z", "resource_type": "refund",
				 "event_type": "PAYMENT.CAPTURE.REFUNDED", "summary": "A $ %s USD capture payment was refunded",
				 "resource": {"id": "%s", "status": "COMPLETED", "amount": {"currency_code": "USD", "value": "%s"},
				   "seller_payable_breakdown": {"total_refunded_amount": {"currency_code": "USD", "value": "%s"}},
				   "links": [{"href": "https://api.paypal.com/v2/payments/refunds/%s", "rel": "self", "method": "GET"},
				             {"href": "https://api.paypal.com/v2/payments/captures/%s", "rel": "up", "method": "GET"}]}}
				""".formatted(eventId, value, refund, value, total, refund, capture);
	}

	/** The headers PayPal sends with a delivery, signed for a webhook id with the stub's key. */
	static Map<String, String> headers(String body, String webhookId, String certUrl) {
		String id = UUID.randomUUID().toString();
		String time = Instant.now().toString();
		CRC32 crc = new CRC32();
		crc.update(body.getBytes(StandardCharsets.UTF_8));
		String message = id + "|" + time + "|" + webhookId + "|" + crc.getValue();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("PAYPAL-TRANSMISSION-ID", id);
		headers.put("PAYPAL-TRANSMISSION-TIME", time);
		headers.put("PAYPAL-TRANSMISSION-SIG", sign(message));
		headers.put("PAYPAL-CERT-URL", certUrl);
		headers.put("PAYPAL-AUTH-ALGO", "SHA256withRSA");
		return headers;
	}

	private static String sign(String message) {
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(KEYS.getPrivate());
			signature.update(message.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static KeyPair keys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void serveCertificate(String path, Instant from, Instant until) {
		try {
			X500Name name = new X500Name("CN=messageverificationcerts.paypal.test, O=Stub");
			var holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()), Date.from(from),
					Date.from(until), name, KEYS.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(KEYS.getPrivate()));
			StringWriter pem = new StringWriter();
			try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
				writer.writeObject(new JcaX509CertificateConverter().getCertificate(holder));
			}
			SERVER.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/x-pem-file").withBody(pem.toString())));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}
}
