package com.wtigg.store.payment.paypal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import com.wtigg.store.payment.PaymentGateway;
import com.wtigg.store.payment.PaymentOutcome;
import com.wtigg.store.payment.PaymentOutcome.Status;
import com.wtigg.store.payment.PaymentRequest;
import com.wtigg.store.payment.PaymentStart;
import com.wtigg.store.payment.PaymentUnavailableException;
import com.wtigg.store.shared.Money;

/**
 * PayPal's Orders v2: an order per attempt (its {@code PayPal-Request-Id} the store's order id),
 * approved on PayPal's page, captured when the shopper comes back, refunded by refund key.
 */
class PayPalGateway implements PaymentGateway {

	private static final Logger log = LoggerFactory.getLogger(PayPalGateway.class);

	private final PayPalClient paypal;

	private final PayPalSettings settings;

	private final PayPalEvents events;

	PayPalGateway(PayPalClient paypal, PayPalSettings settings, PayPalEvents events) {
		this.paypal = paypal;
		this.settings = settings;
		this.events = events;
	}

	@Override
	public String name() {
		return "paypal";
	}

	@Override
	public Attempt start(PaymentRequest request, int attempt) {
		String number = attempt == 1 ? request.orderNumber() : request.orderNumber() + "-" + attempt;
		String back = settings.returnBase() + request.returnPath();
		Map<String, Object> body = Map.of("intent", "CAPTURE",
				"purchase_units", List.of(Map.of("amount", amount(request.amount()), "custom_id", request.orderNumber(),
						"invoice_id", number)),
				"payment_source", Map.of("paypal", Map.of("experience_context", Map.of("return_url", back, "cancel_url", back,
						"shipping_preference", "NO_SHIPPING", "user_action", "PAY_NOW"))));
		String requestId = attempt == 1 ? request.orderId().toString() : request.orderId() + ":" + attempt;
		try {
			JsonNode order = paypal.post("/v2/checkout/orders", body, requestId);
			String approve = link(order, "payer-action").or(() -> link(order, "approve"))
				.orElseThrow(() -> new PaymentUnavailableException(name()));
			return new Attempt(order.path("id").asString(), new PaymentStart(name(), approve, null));
		}
		catch (RestClientException | JacksonException e) {
			log.warn("PayPal refused to create an order: {}", e.getClass().getSimpleName());
			throw new PaymentUnavailableException(name());
		}
	}

	@Override
	public Charge confirm(String reference, Map<String, String> parameters) {
		String token = parameters.get("token");
		if (token != null && !token.equals(reference)) {
			return Charge.failed();
		}
		try {
			JsonNode order = paypal.post("/v2/checkout/orders/" + reference + "/capture", Map.of(), reference + ":capture");
			JsonNode capture = order.path("purchase_units").path(0).path("payments").path("captures").path(0);
			return switch (capture.path("status").asString("")) {
				case "COMPLETED" -> new Charge(PaymentOutcome.success(), capture.path("id").asString(), card(order));
				case "DECLINED", "FAILED" -> new Charge(new PaymentOutcome(Status.DECLINED, "payment.declined"), null, null);
				case "PENDING" -> new Charge(new PaymentOutcome(Status.PENDING, "payment.pending"), capture.path("id").asString(), null);
				default -> Charge.failed();
			};
		}
		catch (HttpClientErrorException e) {
			boolean declined = e.getStatusCode().value() == 422 && e.getResponseBodyAsString().contains("INSTRUMENT_DECLINED");
			return declined ? new Charge(new PaymentOutcome(Status.DECLINED, "payment.declined"), null, null) : Charge.failed();
		}
		catch (RestClientException | JacksonException e) {
			log.warn("PayPal did not capture a payment: {}", e.getClass().getSimpleName());
			return Charge.failed();
		}
	}

	@Override
	public Charge refund(String reference, @Nullable String captureReference, Money amount, String refundKey) {
		if (captureReference == null) {
			return Charge.failed();
		}
		try {
			JsonNode refund = paypal.post("/v2/payments/captures/" + captureReference + "/refund", Map.of("amount", amount(amount)),
					refundKey);
			String status = refund.path("status").asString("");
			boolean done = status.equals("COMPLETED") || status.equals("PENDING");
			return done ? new Charge(PaymentOutcome.success(), refund.path("id").asString(), null) : Charge.failed();
		}
		catch (RestClientException | JacksonException e) {
			log.warn("PayPal refused a refund: {}", e.getClass().getSimpleName());
			return Charge.failed();
		}
	}

	@Override
	public Optional<Notification> webhook(Map<String, String> headers, String body) {
		return events.read(headers, body);
	}

	/** An order PayPal never captured expires there by itself: nothing to cancel. */
	@Override
	public void cancel(String reference) {
	}

	static Map<String, String> amount(Money amount) {
		return Map.of("currency_code", "USD", "value", amount.dollars().toPlainString());
	}

	private static @Nullable Card card(JsonNode order) {
		JsonNode card = order.path("payment_source").path("card");
		return card.isMissingNode() || card.path("last_digits").asString("").isEmpty() ? null
				: new Card(card.path("brand").asString("card").toLowerCase(java.util.Locale.ROOT), card.path("last_digits").asString());
	}

	private static Optional<String> link(JsonNode resource, String rel) {
		for (JsonNode link : resource.path("links")) {
			if (rel.equals(link.path("rel").asString())) {
				String href = link.path("href").asString();
				// only an address on the web is followed, never another scheme
				String scheme = UriComponentsBuilder.fromUriString(href).build().getScheme();
				return "https".equals(scheme) || "http".equals(scheme) ? Optional.of(href) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** The last path segment of a resource's link with this rel ({@code up} of a refund: its capture). */
	static Optional<String> linkedId(JsonNode resource, String rel) {
		return link(resource, rel).map(href -> UriComponentsBuilder.fromUriString(href).build().getPathSegments())
			.filter(segments -> !segments.isEmpty()).map(List::getLast);
	}
}
