package com.wtigg.store.payment;

import org.jspecify.annotations.Nullable;

/**
 * How the shopper pays: a page of the processor to go to ({@code redirect}), or a client secret
 * for the processor's own field on the store's page (Stripe's Payment Element).
 */
public record PaymentStart(String gateway, @Nullable String redirect, @Nullable String clientSecret) {
}
