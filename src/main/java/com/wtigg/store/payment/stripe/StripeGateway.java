package com.wtigg.store.payment.stripe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.ApiRequestParams;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.wtigg.store.payment.PaymentGateway;
import com.wtigg.store.payment.PaymentOutcome;
import com.wtigg.store.payment.PaymentOutcome.Status;
import com.wtigg.store.payment.PaymentRequest;
import com.wtigg.store.payment.PaymentStart;
import com.wtigg.store.payment.PaymentUnavailableException;
import com.wtigg.store.payment.internal.PaymentProcessors;
import com.wtigg.store.shared.Money;

/**
 * Stripe through stripe-java: a PaymentIntent per order attempt (the order id is its idempotency
 * key), paid in Stripe's Payment Element on the store's page, refunds by refund key. It sends
 * Stripe only the fields its register entry lists.
 */
class StripeGateway implements PaymentGateway {

	static final String PAY_PATH = "/payment/stripe/pay/";

	private static final Logger log = LoggerFactory.getLogger(StripeGateway.class);

	private final StripeClient stripe;

	private final StripeSettings settings;

	private final StripeEvents events;

	StripeGateway(StripeClient stripe, StripeSettings settings) {
		this.stripe = stripe;
		this.settings = settings;
		this.events = new StripeEvents(settings);
	}

	@Override
	public String name() {
		return "stripe";
	}

	@Override
	public Attempt start(PaymentRequest request, int attempt) {
		PaymentIntentCreateParams params = PaymentIntentCreateParams.builder().setAmount(request.amount().cents())
			.setCurrency("usd").putMetadata("order_number", request.orderNumber())
			.setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder().setEnabled(true).build())
			.build();
		checked(params);
		String key = attempt == 1 ? request.orderId().toString() : request.orderId() + ":" + attempt;
		try {
			PaymentIntent intent = stripe.paymentIntents().create(params, RequestOptions.builder().setIdempotencyKey(key).build());
			String page = PAY_PATH + intent.getId() + "?back=" + URLEncoder.encode(request.returnPath(), StandardCharsets.UTF_8);
			return new Attempt(intent.getId(), new PaymentStart(name(), page, intent.getClientSecret()));
		}
		catch (StripeException e) {
			log.warn("Stripe refused to create a payment: {} {}", e.getClass().getSimpleName(), e.getCode());
			throw new PaymentUnavailableException(name());
		}
	}

	@Override
	public Charge confirm(String reference, Map<String, String> parameters) {
		String named = parameters.get("payment_intent");
		if (named != null && !named.equals(reference)) {
			return Charge.failed();
		}
		return intent(reference).map(StripeGateway::charge).orElseGet(Charge::failed);
	}

	/** The intent with its latest charge, or empty when Stripe cannot say. */
	Optional<PaymentIntent> intent(String reference) {
		PaymentIntentRetrieveParams params = PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build();
		checked(params);
		try {
			return Optional.of(stripe.paymentIntents().retrieve(reference, params));
		}
		catch (StripeException e) {
			log.warn("Stripe did not return a payment: {} {}", e.getClass().getSimpleName(), e.getCode());
			return Optional.empty();
		}
	}

	private static PaymentGateway.Charge charge(PaymentIntent intent) {
		return switch (intent.getStatus()) {
			case "succeeded" -> new PaymentGateway.Charge(PaymentOutcome.success(), intent.getLatestCharge(),
					card(intent.getLatestChargeObject()));
			case "requires_payment_method" -> intent.getLastPaymentError() == null
					? new PaymentGateway.Charge(new PaymentOutcome(Status.PENDING, "payment.pending"), null, null)
					: new PaymentGateway.Charge(new PaymentOutcome(Status.DECLINED,
							"insufficient_funds".equals(intent.getLastPaymentError().getDeclineCode()) ? "payment.insufficientFunds"
									: "payment.declined"), null, null);
			case "processing", "requires_action", "requires_confirmation" ->
				new PaymentGateway.Charge(new PaymentOutcome(Status.PENDING, "payment.pending"), null, null);
			default -> PaymentGateway.Charge.failed();
		};
	}

	static @Nullable Card card(com.stripe.model.@Nullable Charge charge) {
		if (charge == null || charge.getPaymentMethodDetails() == null || charge.getPaymentMethodDetails().getCard() == null) {
			return null;
		}
		var card = charge.getPaymentMethodDetails().getCard();
		return card.getBrand() == null || card.getLast4() == null ? null : new Card(card.getBrand(), card.getLast4());
	}

	@Override
	public PaymentGateway.Charge refund(String reference, @Nullable String captureReference, Money amount, String refundKey) {
		RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(reference).setAmount(amount.cents()).build();
		checked(params);
		try {
			Refund refund = stripe.refunds().create(params, RequestOptions.builder().setIdempotencyKey(refundKey).build());
			boolean done = "succeeded".equals(refund.getStatus()) || "pending".equals(refund.getStatus());
			return done ? new PaymentGateway.Charge(PaymentOutcome.success(), refund.getId(), null) : PaymentGateway.Charge.failed();
		}
		catch (StripeException e) {
			log.warn("Stripe refused a refund: {} {}", e.getClass().getSimpleName(), e.getCode());
			return PaymentGateway.Charge.failed();
		}
	}

	@Override
	public Optional<Notification> webhook(Map<String, String> headers, String body) {
		return events.read(headers.get("stripe-signature"), body);
	}

	@Override
	public void cancel(String reference) {
		try {
			stripe.paymentIntents().cancel(reference);
		}
		catch (StripeException e) {
			log.info("Stripe did not cancel a payment: {} {}", e.getClass().getSimpleName(), e.getCode());
		}
	}

	String publishableKey() {
		return settings.publishableKey();
	}

	private void checked(ApiRequestParams params) {
		PaymentProcessors.requireListed(name(), PaymentProcessors.STRIPE_FIELDS, FormFields.of(params.toMap()));
	}
}
