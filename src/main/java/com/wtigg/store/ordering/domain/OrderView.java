package com.wtigg.store.ordering.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.LocalizedText;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.PostalAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * An order as its pages show it. The personal fields are null once the buyer's key is gone or the
 * order was stripped for erasure (restricted).
 */
public record OrderView(UUID id, String number, SubjectId subject, OrderStatus status, Locale language,
		Instant placedAt, List<OrderLine> lines, Money subtotal, Money shipping, Money total, Money refunded,
		String shippingOption, LocalizedText shippingName, String shippingCountry, @Nullable String carrier,
		@Nullable String trackingNumber, @Nullable String trackingLink, @Nullable String labelPath,
		boolean everPaid, boolean restricted, @Nullable String flagged, @Nullable String email,
		@Nullable String phone, @Nullable PostalAddress shippingAddress, @Nullable PostalAddress billingAddress,
		@Nullable Preferences preferences, boolean guest) {

	/** The order's state and money, for its steps. */
	public Order order() {
		return new Order(id, number, subject, status, total, refunded, everPaid);
	}

	@Override
	public String toString() {
		return "OrderView[" + number + "]";
	}
}
