package com.wtigg.store.ordering.domain;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.PostalAddress;

/**
 * What a buyer entered so far in checkout, kept between the steps (encrypted under the buyer's
 * key, keyed by the cart).
 *
 * @param billing null when it is the shipping address
 * @param checkoutKey the one-time key of the review page, which becomes the order's id
 */
public record CheckoutDraft(@Nullable String email, @Nullable String phone, @Nullable PostalAddress shipping,
		@Nullable PostalAddress billing, @Nullable String shippingOption, @Nullable Preferences preferences,
		@Nullable String checkoutKey) {

	public static final CheckoutDraft EMPTY = new CheckoutDraft(null, null, null, null, null, null, null);

	public CheckoutDraft withContact(String email, @Nullable String phone, PostalAddress shipping, @Nullable PostalAddress billing) {
		return new CheckoutDraft(email, phone, shipping, billing, shippingOption, preferences, null);
	}

	public CheckoutDraft withShippingOption(String code) {
		return new CheckoutDraft(email, phone, shipping, billing, code, preferences, null);
	}

	public CheckoutDraft withPreferences(Preferences chosen) {
		return new CheckoutDraft(email, phone, shipping, billing, shippingOption, chosen, null);
	}

	public CheckoutDraft withCheckoutKey(String key) {
		return new CheckoutDraft(email, phone, shipping, billing, shippingOption, preferences, key);
	}

	/** The billing address: its own, or the shipping address. */
	public @Nullable PostalAddress billingAddress() {
		return billing == null ? shipping : billing;
	}

	public boolean hasContact() {
		return email != null && shipping != null;
	}

	public boolean hasShippingOption() {
		return hasContact() && shippingOption != null;
	}

	public boolean hasPreferences() {
		return hasShippingOption() && preferences != null;
	}

	/** Whether the shipping or billing address is in the country. */
	public boolean addressIn(String country) {
		return shipping != null && shipping.in(country) || billing != null && billing.in(country);
	}

	@Override
	public String toString() {
		return "CheckoutDraft[redacted]";
	}
}
