package com.wtigg.store.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random tokens for links and cookies (32 bytes, URL-safe Base64: 43 characters), and the SHA-256
 * digest under which a token is stored so that the table alone opens nothing.
 */
public final class RandomTokens {

	public static final int LENGTH = 43;

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomTokens() {
	}

	public static String next() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether a text is shaped like a token of {@link #next()}. */
	public static boolean wellFormed(String token) {
		return token != null && token.length() == LENGTH
				&& token.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
	}

	public static byte[] digest(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
