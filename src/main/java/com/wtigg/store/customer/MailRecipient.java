package com.wtigg.store.customer;

import java.util.Locale;

/**
 * Where and how to write to a person: the address, the name to greet and the language they use
 * the store in.
 */
public record MailRecipient(String email, String name, Locale language) {

	@Override
	public String toString() {
		return "MailRecipient[redacted]";
	}
}
