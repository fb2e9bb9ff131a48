package com.wtigg.store.customer.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.nulabinc.zxcvbn.StandardDictionaries;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

import com.wtigg.store.shared.crypto.PasswordHashing;

/**
 * What a password must be: 8 to 256 characters of any script, not on the bundled list of common
 * passwords (zxcvbn's list of about 30,000), not the person's own email or name. Passwords are
 * hashed with Argon2id and compared only through the hash.
 */
@Component
public class PasswordRules {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 256;

	private final Set<String> common;

	private final Argon2PasswordEncoder encoder = PasswordHashing.encoder();

	/** A hash of a password nobody has, compared against when an account is missing, so that timing tells nothing. */
	private final String decoy;

	PasswordRules() {
		try {
			this.common = Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		this.decoy = encoder.encode("decoy-" + System.nanoTime());
	}

	/** The message key of what is wrong with a new password, or empty when it will do. */
	public Optional<String> problem(String password, String... personal) {
		if (password == null || password.isEmpty()) {
			return Optional.of("password.missing");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || lower.chars().distinct().count() < 3) {
			return Optional.of("password.common");
		}
		for (String own : personal) {
			if (own != null && !own.isBlank() && lower.equals(own.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of("password.personal");
			}
		}
		return Optional.empty();
	}

	public String hash(String password) {
		return encoder.encode(password);
	}

	/** Whether the password matches; with no stored hash, it spends the same time and says no. */
	public boolean matches(String password, String storedHash) {
		if (password == null || password.length() > MAX_LENGTH * 4) {
			encoder.matches("x", decoy);
			return false;
		}
		if (storedHash == null) {
			encoder.matches(password, decoy);
			return false;
		}
		return encoder.matches(password, storedHash);
	}
}
