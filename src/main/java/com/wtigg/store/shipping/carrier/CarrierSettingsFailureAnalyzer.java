package com.wtigg.store.shipping.carrier;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start refused because the chosen carrier cannot be used.
 */
class CarrierSettingsFailureAnalyzer extends AbstractFailureAnalyzer<CarrierSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CarrierSettingsException cause) {
		String action = cause.missing().isEmpty()
				? "Set store.shipping.carrier (STORE_SHIPPING_CARRIER) to sandbox, ups or fedex."
				: "Set " + cause.missing().stream().map(p -> p + " (" + environmentName(p) + ")").collect(Collectors.joining(", "))
						+ ", or choose store.shipping.carrier=sandbox.";
		return new FailureAnalysis(cause.getMessage(), action, cause);
	}

	private static String environmentName(String property) {
		return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
	}
}
