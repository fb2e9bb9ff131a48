package com.wtigg.store.payment;

/**
 * The payment processor could not be reached or refused the request to start a payment: nothing
 * was charged, and the shopper may try again later. Its message names the processor only.
 */
public class PaymentUnavailableException extends RuntimeException {

	public PaymentUnavailableException(String gateway) {
		super("The payment processor " + gateway + " is unavailable", null, false, false);
	}
}
