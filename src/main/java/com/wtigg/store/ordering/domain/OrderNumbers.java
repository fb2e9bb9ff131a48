package com.wtigg.store.ordering.domain;

import java.security.SecureRandom;

/**
 * Order numbers people can read out and type ({@code WT-} and eight characters of Crockford's
 * base32: no I, L, O or U), drawn at random so that none can be guessed from another.
 */
public final class OrderNumbers {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private OrderNumbers() {
	}

	public static String next() {
		StringBuilder number = new StringBuilder("WT-");
		for (int i = 0; i < 8; i++) {
			number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return number.toString();
	}

	/** The number as typed (lower case, spaces, the letters people confuse with digits), if it can be one. */
	public static java.util.Optional<String> parse(String typed) {
		if (typed == null) {
			return java.util.Optional.empty();
		}
		String text = typed.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
		if (text.length() == 10 && !text.startsWith("WT-")) {
			return java.util.Optional.empty();
		}
		if (text.length() == 8) {
			text = "WT-" + text;
		}
		String body = text.length() == 11 && text.startsWith("WT-") ? text.substring(3) : "";
		body = body.replace('O', '0').replace('I', '1').replace('L', '1');
		return body.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) && body.length() == 8
				? java.util.Optional.of("WT-" + body) : java.util.Optional.empty();
	}
}
