package com.wtigg.store.ordering.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.wtigg.store.ordering.persistence.OrderRepository;
import com.wtigg.store.payment.PaymentApi;
import com.wtigg.store.payment.PaymentSummary;

/**
 * Cancels orders left unpaid past their reservation and puts their pieces back in stock. Safe on
 * many nodes: each takes the expired orders it can lock and skips those another node holds.
 */
@Component
public class ReservationExpiry {

	private static final Logger log = LoggerFactory.getLogger(ReservationExpiry.class);

	private static final int BATCH = 50;

	private final OrderRepository orders;

	private final OrderSteps steps;

	private final PaymentApi payments;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReservationExpiry(OrderRepository orders, OrderSteps steps, PaymentApi payments, TransactionTemplate transactions,
			Clock clock) {
		this.orders = orders;
		this.steps = steps;
		this.payments = payments;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${store.ordering.expiry-check-interval:1m}", initialDelayString = "${store.ordering.expiry-check-interval:1m}")
	void run() {
		int cancelled = expireAt(clock.instant());
		if (cancelled > 0) {
			log.info("Cancelled {} unpaid orders whose reservation ran out", cancelled);
		}
	}

	/** Cancels every order whose reservation ended before this time; returns how many. */
	public int expireAt(Instant now) {
		int total = 0;
		List<UUID> batch;
		do {
			List<UUID> cancelled = new ArrayList<>();
			batch = transactions.execute(status -> {
				List<UUID> locked = orders.lockExpired(now, BATCH);
				for (UUID id : locked) {
					if (payments.summary(id).map(PaymentSummary::state).orElse(null) == PaymentSummary.State.CAPTURED) {
						steps.markPaid(id);
					}
					else {
						steps.expire(id);
						cancelled.add(id);
					}
				}
				return locked;
			});
			cancelled.forEach(payments::cancel);
			total += cancelled.size();
		}
		while (batch != null && batch.size() == BATCH);
		return total;
	}

	/** The reservation of an order placed now ends this long after. */
	public static Instant reservedUntil(Instant placedAt, Duration reservation) {
		return placedAt.plus(reservation);
	}
}
