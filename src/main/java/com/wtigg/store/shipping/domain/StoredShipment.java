package com.wtigg.store.shipping.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.wtigg.store.shared.SubjectId;

/**
 * A shipment as the store keeps it, its encrypted parts still sealed.
 */
public record StoredShipment(UUID orderId, SubjectId subject, String orderNumber, String carrier, String trackingNumber,
		String optionCode, byte[] recipientSealed, byte[] labelSealed, String labelType, Instant createdAt) {

	/** The carrier's own label's media type, if the carrier made one. */
	public Optional<String> carrierLabel() {
		return Optional.ofNullable(labelType);
	}

	@Override
	public String toString() {
		return "StoredShipment[order=" + orderId + "]";
	}
}
