package com.wtigg.store.shared;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * An email address as a person typed it, checked by the mail library's strict parser and kept in
 * one spelling (trimmed, lower case) so that the same address is always found.
 */
public record EmailAddress(String value) {

	public static final int MAX_LENGTH = 254;

	public EmailAddress {
		value = normalized(value).orElseThrow(() -> new IllegalArgumentException("not an email address"));
	}

	/** The address, or empty when it is not one a mail could be sent to. */
	public static Optional<EmailAddress> parse(String typed) {
		return normalized(typed).map(EmailAddress::new);
	}

	private static Optional<String> normalized(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String address = typed.strip().toLowerCase(Locale.ROOT);
		if (address.isEmpty() || address.length() > MAX_LENGTH || address.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
			return Optional.empty();
		}
		int at = address.lastIndexOf('@');
		if (at < 1 || address.indexOf('.', at) < 0 || address.endsWith(".")) {
			return Optional.empty();
		}
		try {
			new InternetAddress(address, true).validate();
		}
		catch (AddressException e) {
			return Optional.empty();
		}
		return Optional.of(address);
	}

	@Override
	public String toString() {
		return "EmailAddress[redacted]";
	}
}
