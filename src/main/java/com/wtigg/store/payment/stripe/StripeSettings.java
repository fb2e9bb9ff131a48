package com.wtigg.store.payment.stripe;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import com.wtigg.store.payment.internal.PaymentSettingsException;

/**
 * Stripe's keys, from the environment ({@code STORE_PAYMENT_STRIPE_SECRET_KEY}, …).
 *
 * @param apiBase Stripe's API address; tests point it at a local stub
 * @param accountId this store's Stripe account ({@code acct_…}); events of any other account are refused
 */
@ConfigurationProperties("store.payment.stripe")
record StripeSettings(@Nullable String secretKey, @Nullable String publishableKey, @Nullable String webhookSecret,
		@Nullable String apiBase, @Nullable String accountId) {

	/** Refuses to start without the keys a payment needs. */
	void requireKeys() {
		PaymentSettingsException.requireAll("stripe", "store.payment.stripe.secret-key", secretKey,
				"store.payment.stripe.publishable-key", publishableKey, "store.payment.stripe.webhook-secret", webhookSecret);
	}

	@Override
	public String toString() {
		return "StripeSettings[apiBase=" + apiBase + "]";
	}
}
