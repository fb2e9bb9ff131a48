package com.wtigg.store.payment;

/**
 * The SPI each payment processor's adapter implements (sandbox, Stripe, PayPal); one is chosen by
 * {@code store.payment.gateway}. Its methods live in the module's internals: this type names the
 * extension point only.
 */
public interface PaymentGateway {

	/** {@code sandbox}, {@code stripe} or {@code paypal}: the processor register's id. */
	String name();
}
