package com.wtigg.store.payment.sandbox;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.wtigg.store.payment.PaymentGateway;
import com.wtigg.store.payment.PaymentOutcome;
import com.wtigg.store.payment.PaymentOutcome.Status;
import com.wtigg.store.payment.PaymentRequest;
import com.wtigg.store.payment.PaymentStart;
import com.wtigg.store.payment.internal.PaymentProcessors;
import com.wtigg.store.shared.Money;

/**
 * The default gateway: a stand-in for a hosted payment field, served by the store at
 * {@code /payment/sandbox/pay/{session}}, that takes only the documented test cards and sends
 * nothing anywhere. The store gets a token back, never the card.
 */
@Component
@ConditionalOnProperty(name = "store.payment.gateway", havingValue = "sandbox", matchIfMissing = true)
class SandboxGateway implements PaymentGateway {

	static final String PAY_PATH = "/payment/sandbox/pay/";

	private final SandboxSessions sessions;

	SandboxGateway(SandboxSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public String name() {
		return "sandbox";
	}

	@Override
	public Attempt start(PaymentRequest request, int attempt) {
		PaymentProcessors.requireListed(name(), PaymentProcessors.SANDBOX_FIELDS, SandboxSessions.FIELDS);
		String session = sessions.open(request, attempt);
		return new Attempt(session, new PaymentStart(name(), PAY_PATH + session, null));
	}

	@Override
	public Charge confirm(String reference, Map<String, String> parameters) {
		String token = parameters.get("token");
		if (token == null || token.isBlank() || token.length() > 64) {
			return Charge.failed();
		}
		return sessions.redeem(reference, token).map(redeemed -> switch (redeemed.outcome()) {
			case SUCCEEDED -> new Charge(PaymentOutcome.success(), null, redeemed.card());
			case DECLINED -> new Charge(new PaymentOutcome(Status.DECLINED, "payment.declined"), null, redeemed.card());
			case INSUFFICIENT_FUNDS -> new Charge(new PaymentOutcome(Status.DECLINED, "payment.insufficientFunds"), null,
					redeemed.card());
			case CANCELLED -> Charge.failed();
		}).orElseGet(Charge::failed);
	}

	@Override
	public Charge refund(String reference, @Nullable String captureReference, Money amount, String refundKey) {
		return sessions.succeeded(reference) ? new Charge(PaymentOutcome.success(), null, null) : Charge.failed();
	}

	@Override
	public Optional<Notification> webhook(Map<String, String> headers, String body) {
		throw new WebhookRejected("the sandbox sends no webhooks");
	}

	@Override
	public void cancel(String reference) {
		sessions.cancel(reference);
	}
}
