package com.wtigg.store.payment.paypal;

import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.wtigg.store.payment.PaymentGateway.Notification;
import com.wtigg.store.payment.PaymentGateway.Notification.Kind;
import com.wtigg.store.payment.PaymentGateway.WebhookRejected;
import com.wtigg.store.shared.Money;

/**
 * Reads PayPal's webhook deliveries once their signature verified: captures completed and
 * denied, and refunds.
 */
class PayPalEvents {

	private final PayPalSignatures signatures;

	private final JsonMapper json;

	PayPalEvents(PayPalSignatures signatures, JsonMapper json) {
		this.signatures = signatures;
		this.json = json;
	}

	Optional<Notification> read(Map<String, String> headers, String body) {
		signatures.verify(headers, body);
		JsonNode event;
		try {
			event = json.readTree(body);
		}
		catch (JacksonException e) {
			throw new WebhookRejected("the PayPal event cannot be read");
		}
		String id = event.path("id").asString("");
		if (id.isEmpty() || id.length() > 120) {
			throw new WebhookRejected("the PayPal event has no id");
		}
		JsonNode resource = event.path("resource");
		return switch (event.path("event_type").asString("")) {
			case "PAYMENT.CAPTURE.COMPLETED" -> Optional.of(new Notification(id, Kind.CAPTURED, order(resource),
					resource.path("id").asString(), money(resource.path("amount")), null));
			case "PAYMENT.CAPTURE.DENIED" ->
				Optional.of(new Notification(id, Kind.DECLINED, order(resource), resource.path("id").asString(), null, null));
			case "PAYMENT.CAPTURE.REFUNDED" -> Optional.of(new Notification(id, Kind.REFUNDED, null,
					PayPalGateway.linkedId(resource, "up").orElseThrow(() -> new WebhookRejected("the refund names no capture")),
					refundedInAll(resource), null));
			default -> Optional.empty();
		};
	}

	private static String order(JsonNode capture) {
		String order = capture.path("supplementary_data").path("related_ids").path("order_id").asString("");
		if (order.isEmpty()) {
			throw new WebhookRejected("the capture names no PayPal order");
		}
		return order;
	}

	private static Money refundedInAll(JsonNode refund) {
		JsonNode total = refund.path("seller_payable_breakdown").path("total_refunded_amount");
		return money(total.isMissingNode() ? refund.path("amount") : total);
	}

	private static Money money(JsonNode amount) {
		try {
			if (!"USD".equals(amount.path("currency_code").asString())) {
				throw new WebhookRejected("the PayPal amount is not in dollars");
			}
			return Money.ofDollars(amount.path("value").asString());
		}
		catch (ArithmeticException | NumberFormatException e) {
			throw new WebhookRejected("the PayPal amount cannot be read");
		}
	}
}
