package com.wtigg.store.payment.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.context.annotation.DependsOn;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.wtigg.store.payment.PaymentGateway;
import com.wtigg.store.payment.PaymentGateway.Notification;
import com.wtigg.store.payment.PaymentGateway.WebhookRejected;

/**
 * Where Stripe and PayPal report what happened ({@code POST /payment/webhooks/stripe|paypal}).
 * A delivery whose signature does not verify, or that is for another account or an unknown
 * payment, gets a 400 and changes nothing; a repeated one gets a 200 and changes nothing.
 */
@RestController
@DependsOn("gatewayChoice")
class WebhookController {

	private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

	private static final int MAX_BODY = 256 * 1024;

	private final PaymentGateway gateway;

	private final WebhookIntake intake;

	WebhookController(PaymentGateway gateway, WebhookIntake intake) {
		this.gateway = gateway;
		this.intake = intake;
	}

	@PostMapping("/payment/webhooks/{name}")
	ResponseEntity<Void> receive(@PathVariable String name, @RequestHeader HttpHeaders headers,
			@RequestBody(required = false) String body) {
		if (!name.equals(gateway.name()) || name.equals("sandbox")) {
			return ResponseEntity.notFound().build();
		}
		if (body == null || body.length() > MAX_BODY) {
			return ResponseEntity.badRequest().build();
		}
		Optional<Notification> event;
		try {
			event = gateway.webhook(lowerCase(headers), body);
		}
		catch (WebhookRejected e) {
			log.warn("Refused a {} webhook delivery: {}", name, e.getMessage());
			return ResponseEntity.badRequest().build();
		}
		if (event.isEmpty()) {
			return ResponseEntity.ok().build();
		}
		return switch (intake.apply(event.get())) {
			case ACCEPTED -> ResponseEntity.ok().build();
			case UNKNOWN_PAYMENT -> ResponseEntity.badRequest().build();
		};
	}

	private static Map<String, String> lowerCase(HttpHeaders headers) {
		Map<String, String> lower = new HashMap<>();
		headers.forEach((key, values) -> lower.put(key.toLowerCase(Locale.ROOT), values.isEmpty() ? "" : values.getFirst()));
		return lower;
	}
}
