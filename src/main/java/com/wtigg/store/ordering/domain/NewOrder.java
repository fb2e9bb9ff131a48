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
 * An order as checkout places it, prices from the catalog and the shipping option's price from the
 * carrier's rates.
 *
 * @param guestTokenHash the digest of the guest browser's buyer cookie; null for a signed-in buyer
 */
public record NewOrder(UUID id, String number, SubjectId subject, UUID cartId, Locale language, String email,
		@Nullable String phone, PostalAddress shipping, PostalAddress billing, Preferences preferences,
		String shippingOption, LocalizedText shippingName, Money shippingPrice, List<OrderLine> lines,
		byte @Nullable [] guestTokenHash, Instant placedAt, Instant reservedUntil) {

	public Money subtotal() {
		return lines.stream().map(OrderLine::subtotal).reduce(Money.ZERO, Money::plus);
	}

	public Money total() {
		return subtotal().plus(shippingPrice);
	}

	@Override
	public String toString() {
		return "NewOrder[" + id + "]";
	}
}
