package com.wtigg.store.ordering.domain;

/**
 * A step the order's state does not allow (shipping an unpaid order, refunding more than was
 * paid); the message key says why, for staff.
 */
public class OrderStateException extends RuntimeException {

	private final String messageKey;

	public OrderStateException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
