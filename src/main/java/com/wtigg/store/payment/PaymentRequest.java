package com.wtigg.store.payment;

import java.util.UUID;

import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;

/**
 * What a payment processor is given, and nothing more (the processor register's entry): the
 * amount, the order's number, and the billing name, postal code and country for the card check.
 *
 * @param subject the buyer, under whose key the card's brand and last digits are kept (never sent)
 * @param returnPath the store's path the shopper comes back to from the processor's page
 */
public record PaymentRequest(UUID orderId, SubjectId subject, String orderNumber, Money amount, String billingName,
		String billingPostalCode, String billingCountry, String returnPath) {

	@Override
	public String toString() {
		return "PaymentRequest[order=" + orderId + ", amount=" + amount + "]";
	}
}
