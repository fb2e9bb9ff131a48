package com.wtigg.store.payment.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.payment.PaymentApi;
import com.wtigg.store.payment.PaymentEvent.PaymentRefunded;
import com.wtigg.store.payment.PaymentGateway;
import com.wtigg.store.payment.PaymentGateway.Attempt;
import com.wtigg.store.payment.PaymentGateway.Charge;
import com.wtigg.store.payment.PaymentOutcome;
import com.wtigg.store.payment.PaymentOutcome.Status;
import com.wtigg.store.payment.PaymentRequest;
import com.wtigg.store.payment.PaymentStart;
import com.wtigg.store.payment.PaymentSummary;
import com.wtigg.store.payment.PaymentSummary.State;
import com.wtigg.store.shared.Money;

/**
 * Payments through the configured gateway. Each change of an order's payment happens with its row
 * locked, and its event is published in the same transaction (the outbox), so a capture is
 * published once however many returns and webhooks report it.
 */
@Service
@DependsOn("gatewayChoice")
class PaymentService implements PaymentApi {

	private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

	private final PaymentGateway gateway;

	private final Payments payments;

	private final CardSeal seal;

	private final PaymentFacts facts;

	private final ApplicationEventPublisher events;

	PaymentService(PaymentGateway gateway, Payments payments, CardSeal seal, PaymentFacts facts,
			ApplicationEventPublisher events) {
		this.gateway = gateway;
		this.payments = payments;
		this.seal = seal;
		this.facts = facts;
		this.events = events;
	}

	@Override
	public String gateway() {
		return gateway.name();
	}

	@Override
	@Transactional
	public PaymentStart begin(PaymentRequest request) {
		payments.createIfAbsent(request, gateway.name());
		PaymentRecord payment = payments.lock(request.orderId()).orElseThrow();
		if (payment.taken()) {
			return new PaymentStart(payment.gateway(), request.returnPath(), null);
		}
		int attempt = payment.attempt();
		boolean changed = !payment.gateway().equals(gateway.name()) || !payment.amount().equals(request.amount());
		boolean over = payment.state() == State.DECLINED || payment.state() == State.CANCELLED;
		if (payment.reference() != null && (changed || over)) {
			if (!over && payment.gateway().equals(gateway.name())) {
				cancelQuietly(payment.reference());
			}
			attempt++;
			payments.restart(payment.orderId(), gateway.name(), request.amount(), attempt);
		}
		Attempt started = gateway.start(request, attempt);
		payments.started(payment.orderId(), gateway.name(), started.reference());
		return started.start();
	}

	@Override
	@Transactional
	public PaymentOutcome returned(UUID orderId, Map<String, String> parameters) {
		Optional<PaymentRecord> found = payments.lock(orderId);
		if (found.isEmpty()) {
			return new PaymentOutcome(Status.FAILED, "payment.unknown");
		}
		PaymentRecord payment = found.get();
		if (payment.taken()) {
			return PaymentOutcome.success();
		}
		if (payment.reference() == null || payment.state() == State.CANCELLED || !payment.gateway().equals(gateway.name())) {
			return new PaymentOutcome(Status.FAILED, "payment.failed");
		}
		Charge charge = gateway.confirm(payment.reference(), parameters);
		switch (charge.outcome().status()) {
			case SUCCEEDED -> facts.capture(payment, payment.reference(), charge.captureReference(), payment.amount(), charge.card());
			case DECLINED -> facts.declined(payment, payment.reference());
			default -> { }
		}
		return charge.outcome();
	}

	@Override
	@Transactional
	public PaymentOutcome refund(UUID orderId, Money amount, String refundKey) {
		Optional<PaymentRecord> found = payments.lock(orderId);
		if (found.isEmpty() || !found.get().taken()) {
			return new PaymentOutcome(Status.FAILED, "payment.notCaptured");
		}
		PaymentRecord payment = found.get();
		if (payments.refunded(refundKey)) {
			return PaymentOutcome.success();
		}
		if (amount.cents() == 0 || amount.cents() > payment.captured().cents() - payment.refunded().cents()) {
			return new PaymentOutcome(Status.FAILED, "payment.refundTooLarge");
		}
		Charge charge = gateway.refund(payment.reference(), payment.captureReference(), amount, refundKey);
		if (charge.outcome().succeeded()) {
			payments.addRefund(orderId, refundKey, amount, charge.captureReference());
			events.publishEvent(new PaymentRefunded(orderId, amount, refundKey));
		}
		return charge.outcome();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PaymentSummary> summary(UUID orderId) {
		return payments.find(orderId).map(p -> new PaymentSummary(p.gateway(), p.state(),
				seal.read(p.subject(), CardSeal.BRAND, p.cardBrand()), seal.read(p.subject(), CardSeal.LAST4, p.cardLast4()),
				p.captured(), p.refunded()));
	}

	@Override
	@Transactional
	public void cancel(UUID orderId) {
		payments.lock(orderId).filter(p -> p.state() == State.STARTED || p.state() == State.DECLINED).ifPresent(p -> {
			if (p.reference() != null && p.gateway().equals(gateway.name())) {
				cancelQuietly(p.reference());
			}
			payments.state(orderId, State.CANCELLED);
		});
	}

	private void cancelQuietly(String reference) {
		try {
			gateway.cancel(reference);
		}
		catch (RuntimeException e) {
			log.warn("Could not cancel an earlier {} payment attempt: {}", gateway.name(), e.getClass().getSimpleName());
		}
	}
}
