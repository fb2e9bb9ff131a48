package com.wtigg.store.shipping.domain;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shipping.ShipmentRequest;

/**
 * Whom a parcel goes to, as its label shows it; kept encrypted under the buyer's key.
 */
public record Recipient(String name, String line1, @Nullable String line2, String city, @Nullable String region,
		String postalCode, String country, @Nullable String phone) {

	static Recipient of(ShipmentRequest request) {
		return new Recipient(request.recipient(), request.line1(), request.line2(), request.city(), request.region(),
				request.postalCode(), request.country(), request.phone());
	}

	@Override
	public String toString() {
		return "Recipient[" + country + "]";
	}
}
