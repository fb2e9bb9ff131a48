package com.wtigg.store.shared.web;

/**
 * A request the store cannot answer as asked, with a message the person can act on; shown with
 * status 400. The message is a key of the store's texts, so it is shown in the shopper's language.
 */
public class BadRequestException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	public BadRequestException(String messageKey, Object... args) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}
}
