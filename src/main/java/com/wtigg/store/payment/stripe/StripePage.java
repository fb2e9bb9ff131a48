package com.wtigg.store.payment.stripe;

/**
 * What the page with Stripe's Payment Element needs: the publishable key, the intent's client
 * secret, the address Stripe sends the shopper back to, and the amount.
 */
public record StripePage(String publishableKey, String clientSecret, String returnUrl, String amount) {

	@Override
	public String toString() {
		return "StripePage[" + amount + "]";
	}
}
