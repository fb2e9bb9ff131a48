package com.wtigg.store.shipping.carrier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.wtigg.store.privacy.ProcessorRegister;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shipping.CarrierException;
import com.wtigg.store.shipping.CarrierGateway;

/**
 * What the UPS and FedEx adapters share: a REST client with time limits, the OAuth token, and
 * the rule that every payload is checked against the carrier's register entry before it leaves.
 * Failures become a {@link CarrierException} naming the carrier, the request and the HTTP status,
 * never the response's body.
 */
abstract class HttpCarrier implements CarrierGateway {

	private static final Duration CONNECT = Duration.ofSeconds(5);

	private static final Duration READ = Duration.ofSeconds(30);

	private static final BigDecimal GRAMS_PER_POUND = new BigDecimal("453.59237");

	protected final JsonMapper json = JsonMapper.builder().build();

	protected final ShippingProperties.Credentials credentials;

	protected final ShippingProperties.Shipper shipper;

	private final RestClient http;

	private final ProcessorRegister register;

	private final AccessTokens tokens;

	HttpCarrier(ShippingProperties.Credentials credentials, ShippingProperties.Shipper shipper, ProcessorRegister register,
			Clock clock) {
		this.credentials = credentials;
		this.shipper = shipper;
		this.register = register;
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(CONNECT).build());
		factory.setReadTimeout(READ);
		this.http = RestClient.builder().baseUrl(credentials.apiBase().toString()).requestFactory(factory).build();
		this.tokens = new AccessTokens(this::fetchToken, clock);
	}

	/** Asks the carrier for a new access token with the client credentials. */
	protected abstract AccessTokens.Token fetchToken();

	/** Sends the OAuth form, checked against the register entry; returns the parsed answer. */
	protected JsonNode postForm(String path, MultiValueMap<String, String> form, String basicAuth) {
		check(PayloadFields.ofForm("token", form));
		return call("token", () -> {
			RestClient.RequestBodySpec request = http.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON);
			if (basicAuth != null) {
				request = request.header("Authorization", "Basic " + basicAuth);
			}
			return request.body(new LinkedMultiValueMap<>(form)).retrieve().body(String.class);
		});
	}

	/** Sends a JSON body with the access token, checked against the register entry; once more with a new token if refused. */
	protected JsonNode postJson(String kind, String path, JsonNode body) {
		check(PayloadFields.of(kind, body));
		String text = json.writeValueAsString(body);
		try {
			return call(kind, () -> send(path, text));
		}
		catch (TokenRefused refused) {
			tokens.refused();
			return call(kind, () -> send(path, text));
		}
	}

	private String send(String path, String body) {
		return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + tokens.current())
			.headers(this::addHeaders)
			.body(body).retrieve().body(String.class);
	}

	/** Headers a carrier wants on every API call besides the token. */
	protected void addHeaders(org.springframework.http.HttpHeaders headers) {
	}

	private JsonNode call(String kind, java.util.function.Supplier<String> exchange) {
		try {
			String answer = exchange.get();
			return json.readTree(answer == null ? "{}" : answer);
		}
		catch (RestClientResponseException e) {
			if (e.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED) && !"token".equals(kind)) {
				throw new TokenRefused();
			}
			throw new CarrierException(name() + " refused the " + kind + " request: HTTP " + e.getStatusCode().value());
		}
		catch (ResourceAccessException e) {
			throw new CarrierException(name() + " could not be reached for the " + kind + " request");
		}
		catch (RestClientException | JacksonException e) {
			throw new CarrierException(name() + " gave an unreadable answer to the " + kind + " request");
		}
	}

	private void check(Set<String> sent) {
		Set<String> allowed = register.processor(name())
			.orElseThrow(() -> new CarrierException(name() + " has no entry in the processor register"))
			.fields();
		PayloadFields.check(name(), sent, allowed);
	}

	/** The weight in pounds, one decimal, at least 0.1. */
	protected static BigDecimal pounds(int grams) {
		BigDecimal pounds = BigDecimal.valueOf(grams).divide(GRAMS_PER_POUND, 1, RoundingMode.UP);
		return pounds.max(new BigDecimal("0.1"));
	}

	/** A text value of the answer, or a failure naming what is missing. */
	protected String required(JsonNode node, String what) {
		if (node == null || node.isMissingNode() || node.isNull() || node.asString().isBlank()) {
			throw new CarrierException(name() + " gave an answer without " + what);
		}
		return node.asString();
	}

	/** A price of the answer in dollars, or a failure. */
	protected Money price(JsonNode node) {
		String text = required(node, "a price");
		try {
			return Money.ofDollars(new BigDecimal(text.strip()).setScale(2, RoundingMode.HALF_UP));
		}
		catch (NumberFormatException | ArithmeticException e) {
			throw new CarrierException(name() + " gave a price that is not an amount");
		}
	}

	/** A token's lifetime in seconds (a number or a text of digits), or a failure. */
	protected Duration lifetime(JsonNode node) {
		try {
			return Duration.ofSeconds(Long.parseLong(required(node, "a token lifetime").strip()));
		}
		catch (NumberFormatException e) {
			throw new CarrierException(name() + " gave a token lifetime that is not a number");
		}
	}

	/** A base64 label of the answer, or a failure. */
	protected byte[] decode(String base64) {
		try {
			return java.util.Base64.getMimeDecoder().decode(base64);
		}
		catch (IllegalArgumentException e) {
			throw new CarrierException(name() + " gave a label that is not base64");
		}
	}

	protected static URI link(String base, String trackingNumber) {
		return URI.create(base + java.net.URLEncoder.encode(trackingNumber, java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The carrier refused the access token: it is fetched again once. */
	private static final class TokenRefused extends RuntimeException {

		TokenRefused() {
			super(null, null, false, false);
		}
	}
}
