package com.wtigg.store.shared.crypto;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * How passwords are kept: Argon2id with a 16-byte salt, a 32-byte hash, 19 MiB of memory and 2
 * iterations (the OWASP minimum), never reversibly.
 */
public final class PasswordHashing {

	public static final int MEMORY_KIB = 19 * 1024;

	public static final int ITERATIONS = 2;

	private PasswordHashing() {
	}

	public static Argon2PasswordEncoder encoder() {
		return new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS);
	}
}
