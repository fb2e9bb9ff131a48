package com.wtigg.store.payment.paypal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.wtigg.store.payment.internal.PaymentProcessors;

/**
 * PayPal's REST API: an OAuth2 access token by client credentials (kept until shortly before it
 * expires), and JSON requests that carry only the fields of PayPal's register entry.
 */
class PayPalClient {

	private final RestClient http;

	private final PayPalSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	private String token;

	private Instant tokenExpires = Instant.EPOCH;

	PayPalClient(RestClient.Builder builder, PayPalSettings settings, JsonMapper json, Clock clock) {
		this.http = builder.baseUrl(settings.apiBase()).build();
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/** POSTs a JSON body with its {@code PayPal-Request-Id}; returns PayPal's answer. */
	JsonNode post(String path, Map<String, ?> body, String requestId) {
		PaymentProcessors.requireListed("paypal", PaymentProcessors.PAYPAL_FIELDS, JsonPaths.of(body));
		String answer = http.post().uri(path).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + token()).header("PayPal-Request-Id", requestId)
			.header("Prefer", "return=representation").body(json.writeValueAsString(body)).retrieve().body(String.class);
		return json.readTree(answer == null ? "{}" : answer);
	}

	private synchronized String token() {
		if (token == null || clock.instant().isAfter(tokenExpires)) {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("grant_type", "client_credentials");
			PaymentProcessors.requireListed("paypal", PaymentProcessors.PAYPAL_FIELDS, form.keySet());
			String answer = http.post().uri("/v1/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON).headers(h -> h.setBasicAuth(settings.clientId(), settings.clientSecret()))
				.body(form).retrieve().body(String.class);
			JsonNode granted = json.readTree(answer);
			token = granted.path("access_token").asString();
			tokenExpires = clock.instant().plusSeconds(Math.max(0, granted.path("expires_in").asLong(0) - 60));
		}
		return token;
	}
}
