package com.wtigg.store.customer.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.nulabinc.zxcvbn.StandardDictionaries;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

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

	private final Argon2PasswordEncoder encoder = PasswordHashing.encoder();

	/**
	 * The common passwords, and a hash of a password nobody has: compared against when an account
	 * is missing, so that timing tells nothing.
	 */
	private final SingletonSupplier<Loaded> loaded = SingletonSupplier.of(this::load);

	private record Loaded(Set<String> common, String decoy) {
	}

	private Loaded load() {
		try {
			return new Loaded(Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet()),
					encoder.encode("decoy-" + System.nanoTime()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Loads the list once the store is up, beside the requests, so that start-up does not wait for it. */
	@EventListener(ApplicationReadyEvent.class)
	void loadBesideTheRequests() {
		Thread.ofVirtual().name("password-rules").start(loaded::obtain);
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
		if (loaded.obtain().common().contains(lower) || lower.chars().distinct().count() < 3) {
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
			encoder.matches("x", loaded.obtain().decoy());
			return false;
		}
		if (storedHash == null) {
			encoder.matches(password, loaded.obtain().decoy());
			return false;
		}
		return encoder.matches(password, storedHash);
	}
}
