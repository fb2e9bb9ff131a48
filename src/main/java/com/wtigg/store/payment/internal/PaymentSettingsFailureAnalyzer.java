package com.wtigg.store.payment.internal;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start refused because the chosen payment gateway is unknown or lacks its keys.
 */
class PaymentSettingsFailureAnalyzer extends AbstractFailureAnalyzer<PaymentSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PaymentSettingsException cause) {
		if (cause.missing().isEmpty()) {
			return new FailureAnalysis("store.payment.gateway is '" + cause.gateway() + "', which is no payment gateway.",
					"Set STORE_PAYMENT_GATEWAY to sandbox, stripe or paypal.", cause);
		}
		String variables = cause.missing().stream()
			.map(name -> name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'))
			.collect(Collectors.joining(", "));
		return new FailureAnalysis("The payment gateway " + cause.gateway() + " was chosen (store.payment.gateway), but "
				+ String.join(", ", cause.missing()) + " has no value.",
				"Give the store the processor's keys in the environment (" + variables
						+ "), or choose the sandbox gateway (STORE_PAYMENT_GATEWAY=sandbox) where no real payment is taken.",
				cause);
	}
}
