package com.wtigg.store.ordering;

import java.util.UUID;

import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;

/**
 * Events after which the buyer gets an email. They carry ids only (the outbox holds no address);
 * {@link OrderingApi#mailView} gives what the mail shows.
 */
public sealed interface OrderMail {

	UUID orderId();

	SubjectId subject();

	/** The order was paid: the confirmation. */
	record OrderConfirmed(UUID orderId, SubjectId subject) implements OrderMail {
	}

	/** The parcel left, with its tracking number. */
	record OrderShipped(UUID orderId, SubjectId subject, String carrier, String trackingNumber) implements OrderMail {
	}

	/** An amount was refunded. */
	record OrderRefunded(UUID orderId, SubjectId subject, Money amount, String refundKey) implements OrderMail {
	}
}
