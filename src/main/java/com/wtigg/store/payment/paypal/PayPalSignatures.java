package com.wtigg.store.payment.paypal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.wtigg.store.payment.PaymentGateway.WebhookRejected;

/**
 * Verifies a PayPal webhook delivery the way PayPal documents for self-verification: the message
 * {@code transmissionId|transmissionTime|webhookId|crc32(body)} signed with SHA256withRSA by the
 * certificate at {@code PAYPAL-CERT-URL}, which must come from one of the configured addresses and
 * be valid now. A delivery for another webhook (another account) does not verify.
 */
class PayPalSignatures {

	private final PayPalSettings settings;

	private final RestClient http;

	private final Clock clock;

	private final Map<String, X509Certificate> certificates = new ConcurrentHashMap<>();

	PayPalSignatures(PayPalSettings settings, RestClient.Builder builder, Clock clock) {
		this.settings = settings;
		this.http = builder.build();
		this.clock = clock;
	}

	void verify(Map<String, String> headers, String body) {
		String id = required(headers, "paypal-transmission-id");
		String time = required(headers, "paypal-transmission-time");
		String signature = required(headers, "paypal-transmission-sig");
		String certUrl = required(headers, "paypal-cert-url");
		String algorithm = headers.getOrDefault("paypal-auth-algo", "SHA256withRSA");
		if (!algorithm.equals("SHA256withRSA")) {
			throw new WebhookRejected("PayPal's signature uses an unexpected algorithm");
		}
		if (settings.certUrlPrefixes().stream().noneMatch(certUrl::startsWith)) {
			throw new WebhookRejected("PayPal's certificate comes from an address that is not PayPal's");
		}
		X509Certificate certificate = certificate(certUrl);
		CRC32 crc = new CRC32();
		crc.update(body.getBytes(StandardCharsets.UTF_8));
		String message = id + "|" + time + "|" + settings.webhookId() + "|" + crc.getValue();
		try {
			certificate.checkValidity(Date.from(clock.instant()));
			Signature verifier = Signature.getInstance("SHA256withRSA");
			verifier.initVerify(certificate.getPublicKey());
			verifier.update(message.getBytes(StandardCharsets.UTF_8));
			if (!verifier.verify(Base64.getDecoder().decode(signature))) {
				throw new WebhookRejected("PayPal's signature does not verify");
			}
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new WebhookRejected("PayPal's signature or certificate is not valid");
		}
	}

	private X509Certificate certificate(String url) {
		X509Certificate known = certificates.get(url);
		if (known != null) {
			return known;
		}
		try {
			byte[] pem = http.get().uri(java.net.URI.create(url)).retrieve().body(byte[].class);
			X509Certificate read = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(pem == null ? new byte[0] : pem));
			if (certificates.size() > 32) {
				certificates.clear();
			}
			certificates.put(url, read);
			return read;
		}
		catch (RestClientException | GeneralSecurityException | IllegalArgumentException e) {
			throw new WebhookRejected("PayPal's certificate could not be fetched or read");
		}
	}

	private static String required(Map<String, String> headers, String name) {
		String value = headers.get(name);
		if (value == null || value.isBlank() || value.length() > 2000) {
			throw new WebhookRejected("the PayPal delivery lacks its " + name + " header");
		}
		return value;
	}
}
