package com.wtigg.store.payment.stripe;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import com.wtigg.store.payment.PaymentGateway.Notification;
import com.wtigg.store.payment.PaymentGateway.Notification.Kind;
import com.wtigg.store.payment.PaymentGateway.WebhookRejected;
import com.wtigg.store.shared.Money;

/**
 * Reads Stripe's webhook deliveries: verified with stripe-java's signature check (the signing
 * secret and five minutes' tolerance), refused when they come from another account.
 */
final class StripeEvents {

	private final StripeSettings settings;

	StripeEvents(StripeSettings settings) {
		this.settings = settings;
	}

	Optional<Notification> read(@Nullable String signature, String body) {
		if (signature == null || signature.isBlank()) {
			throw new WebhookRejected("no Stripe-Signature header");
		}
		Event event;
		try {
			event = Webhook.constructEvent(body, signature, settings.webhookSecret());
		}
		catch (SignatureVerificationException e) {
			throw new WebhookRejected("the Stripe signature does not verify");
		}
		catch (RuntimeException e) {
			throw new WebhookRejected("the Stripe event cannot be read");
		}
		if (event == null || event.getId() == null || event.getType() == null) {
			throw new WebhookRejected("the Stripe event names no id or type");
		}
		if (event.getAccount() != null && !event.getAccount().equals(settings.accountId())) {
			throw new WebhookRejected("the Stripe event is for another account");
		}
		return switch (event.getType()) {
			case "payment_intent.succeeded" -> intent(event).map(intent -> new Notification(event.getId(), Kind.CAPTURED,
					intent.getId(), intent.getLatestCharge(), new Money(intent.getAmountReceived()), null));
			case "payment_intent.payment_failed" ->
				intent(event).map(intent -> new Notification(event.getId(), Kind.DECLINED, intent.getId(), null, null, null));
			case "charge.refunded" -> object(event, Charge.class).map(charge -> new Notification(event.getId(), Kind.REFUNDED,
					charge.getPaymentIntent(), charge.getId(), new Money(charge.getAmountRefunded()), StripeGateway.card(charge)));
			default -> Optional.empty();
		};
	}

	private static Optional<PaymentIntent> intent(Event event) {
		return object(event, PaymentIntent.class);
	}

	private static <T extends StripeObject> Optional<T> object(Event event, Class<T> type) {
		// an event of another API version than stripe-java's is read as it is
		StripeObject object = event.getDataObjectDeserializer().getObject().orElse(null);
		if (object == null) {
			try {
				object = event.getDataObjectDeserializer().deserializeUnsafe();
			}
			catch (EventDataObjectDeserializationException e) {
				throw new WebhookRejected("the Stripe event's object cannot be read");
			}
		}
		if (!type.isInstance(object)) {
			throw new WebhookRejected("the Stripe event's object is not of its type");
		}
		return Optional.of(type.cast(object));
	}
}
