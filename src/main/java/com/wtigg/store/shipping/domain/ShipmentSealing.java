package com.wtigg.store.shipping.domain;

import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;

/**
 * Seals a shipment's recipient and label under the buyer's key, and opens them for the label page.
 */
@Component
public class ShipmentSealing {

	private static final String RECIPIENT = "shipment.recipient";

	private static final String LABEL = "shipment.label";

	private final SubjectCipher cipher;

	private final JsonMapper json = JsonMapper.builder().build();

	ShipmentSealing(SubjectCipher cipher) {
		this.cipher = cipher;
	}

	byte[] sealRecipient(SubjectId subject, Recipient recipient) {
		return cipher.encrypt(subject, RECIPIENT, json.writeValueAsString(recipient));
	}

	byte[] sealLabel(SubjectId subject, byte[] label) {
		return cipher.encrypt(subject, LABEL, Base64.getEncoder().encodeToString(label));
	}

	/** The recipient, unless the buyer's key is gone. */
	public Optional<Recipient> recipient(StoredShipment shipment) {
		return cipher.decrypt(shipment.subject(), RECIPIENT, shipment.recipientSealed())
			.map(text -> json.readValue(text, Recipient.class));
	}

	/** The carrier's label, unless there is none or the buyer's key is gone. */
	public Optional<byte[]> label(StoredShipment shipment) {
		if (shipment.labelSealed() == null) {
			return Optional.empty();
		}
		return cipher.decrypt(shipment.subject(), LABEL, shipment.labelSealed()).map(Base64.getDecoder()::decode);
	}
}
