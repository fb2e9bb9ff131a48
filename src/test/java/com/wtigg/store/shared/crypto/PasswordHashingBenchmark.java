package com.wtigg.store.shared.crypto;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * JMH benchmark of the store's password hashing with its production settings
 * ({@link PasswordHashing#encoder()}): the time to check a right password against a stored hash,
 * as every sign-in does, and to hash a new one, as registration and a password change do.
 * Run by {@code bench/crypto/run}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PasswordHashingBenchmark {

	static final String PASSWORD = "jade bangle from Flushing 1988";

	private Argon2PasswordEncoder encoder;

	private String storedHash;

	@Setup(Level.Trial)
	public void hashThePassword() {
		encoder = PasswordHashing.encoder();
		storedHash = encoder.encode(PASSWORD);
		if (!encoder.matches(PASSWORD, storedHash)) {
			throw new IllegalStateException("The password does not match its own hash");
		}
	}

	@Benchmark
	public boolean verifyRightPassword() {
		return encoder.matches(PASSWORD, storedHash);
	}

	@Benchmark
	public String hashPassword() {
		return encoder.encode(PASSWORD);
	}
}
