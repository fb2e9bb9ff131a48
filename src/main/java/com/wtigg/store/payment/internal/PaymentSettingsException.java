package com.wtigg.store.payment.internal;

import java.util.List;

/**
 * The configured payment gateway cannot work: an unknown gateway name, or a real processor chosen
 * without its keys. The store refuses to start rather than take orders it cannot charge.
 *
 * @param missing the properties that need a value (names only, never values)
 */
public class PaymentSettingsException extends IllegalStateException {

	private final String gateway;

	private final transient List<String> missing;

	public PaymentSettingsException(String gateway, List<String> missing) {
		super("The payment gateway '" + gateway + "' cannot start: " + (missing.isEmpty() ? "unknown gateway" : "missing " + missing),
				null);
		this.gateway = gateway;
		this.missing = List.copyOf(missing);
	}

	public String gateway() {
		return gateway;
	}

	public List<String> missing() {
		return missing;
	}

	/** Fails when any of these property values is blank, naming the blank ones. */
	public static void requireAll(String gateway, String... namesAndValues) {
		List<String> blank = new java.util.ArrayList<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] == null || namesAndValues[i + 1].isBlank()) {
				blank.add(namesAndValues[i]);
			}
		}
		if (!blank.isEmpty()) {
			throw new PaymentSettingsException(gateway, blank);
		}
	}
}
