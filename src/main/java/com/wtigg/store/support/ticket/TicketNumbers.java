package com.wtigg.store.support.ticket;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Ticket numbers people can read out ({@code S-} and eight characters of Crockford's base32),
 * drawn at random so that none can be guessed from another.
 */
public final class TicketNumbers {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TicketNumbers() {
	}

	static String next() {
		StringBuilder number = new StringBuilder("S-");
		for (int i = 0; i < 8; i++) {
			number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return number.toString();
	}

	/** The number as it appears in a path, if it can be one. */
	public static Optional<String> parse(String text) {
		if (text == null || text.length() != 10) {
			return Optional.empty();
		}
		String upper = text.toUpperCase(Locale.ROOT);
		return upper.startsWith("S-") && upper.substring(2).chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
				? Optional.of(upper) : Optional.empty();
	}
}
