package com.wtigg.store.shipping.carrier;

import java.util.List;

/**
 * The configured carrier cannot be used: an unknown name, or a real carrier without its credentials.
 */
class CarrierSettingsException extends RuntimeException {

	private final List<String> missing;

	CarrierSettingsException(String message, List<String> missing) {
		super(message, null, false, false);
		this.missing = List.copyOf(missing);
	}

	/** The properties to set, such as {@code store.shipping.ups.client-id}. */
	List<String> missing() {
		return missing;
	}
}
