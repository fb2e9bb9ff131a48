package com.wtigg.store.shipping;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;

/**
 * What a carrier is given, and nothing more (the processor register's entry): the recipient's
 * name, address and phone, the parcel's weight and declared value. Never the email.
 *
 * @param subject the buyer, under whose key anything kept of the shipment (a label) is encrypted (never sent)
 * @param country ISO 3166 two-letter code
 */
public record ShipmentRequest(UUID orderId, SubjectId subject, String orderNumber, String optionCode, String recipient, String line1,
		@Nullable String line2, String city, @Nullable String region, String postalCode, String country,
		@Nullable String phone, int weightGrams, Money declaredValue) {

	@Override
	public String toString() {
		return "ShipmentRequest[order=" + orderId + "]";
	}
}
