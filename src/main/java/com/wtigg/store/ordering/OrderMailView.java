package com.wtigg.store.ordering;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.LocalizedText;
import com.wtigg.store.shared.Money;

/**
 * What an order's mails show: to whom, in which language, and the order's contents.
 *
 * @param orderPath the store's path where the buyer sees the order (their account's order page,
 *        or the guest look-up)
 */
public record OrderMailView(String email, String name, Locale language, String number, Instant placedAt,
		List<Line> lines, Money subtotal, Money shipping, Money total, String shippingOption,
		@Nullable String carrier, @Nullable String trackingNumber, @Nullable URI trackingLink, String orderPath) {

	public record Line(LocalizedText name, int quantity, Money price) {
	}

	@Override
	public String toString() {
		return "OrderMailView[redacted]";
	}
}
