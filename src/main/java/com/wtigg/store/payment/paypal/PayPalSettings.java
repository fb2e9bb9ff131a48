package com.wtigg.store.payment.paypal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.wtigg.store.payment.internal.PaymentSettingsException;

/**
 * PayPal's credentials, from the environment ({@code STORE_PAYMENT_PAYPAL_CLIENT_ID}, …).
 *
 * @param apiBase PayPal's REST API ({@code https://api-m.paypal.com}; the sandbox's or a local stub's in tests)
 * @param certUrlPrefixes where the certificates that sign webhooks may come from
 * @param returnBase the store's own address, to which PayPal sends the shopper back
 */
@ConfigurationProperties("store.payment.paypal")
record PayPalSettings(@Nullable String clientId, @Nullable String clientSecret, @Nullable String webhookId,
		@DefaultValue("https://api-m.paypal.com") String apiBase,
		@DefaultValue({ "https://api.paypal.com/", "https://api.sandbox.paypal.com/" }) List<String> certUrlPrefixes,
		@DefaultValue("http://localhost:8080") String returnBase) {

	/** Refuses to start without the credentials a payment needs. */
	void requireKeys() {
		PaymentSettingsException.requireAll("paypal", "store.payment.paypal.client-id", clientId,
				"store.payment.paypal.client-secret", clientSecret, "store.payment.paypal.webhook-id", webhookId);
	}

	@Override
	public String toString() {
		return "PayPalSettings[apiBase=" + apiBase + "]";
	}
}
