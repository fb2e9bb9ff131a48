package com.wtigg.store.privacy.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.crypto.Keyring;
import com.wtigg.store.shared.crypto.KeyringProperties;

/**
 * JMH benchmark of the personal-data cipher as the store runs it: {@link TinkSubjectCipher} over a
 * {@link Keyring} in a temporary key folder, one subject whose key is already made and unwrapped
 * (the steady state of a running store). Measures encryption and decryption of a typical email and
 * postal address, and the email's blind index. Run by {@code bench/crypto/run}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class SubjectCipherBenchmark {

	static final String EMAIL = "lin.mei.customer@example.com";

	static final String POSTAL_ADDRESS = "Lin Mei, 41-25 Kissena Blvd Apt 5C, Flushing, NY 11355, United States";

	private Path keyFolder;

	private SubjectCipher cipher;

	private SubjectId subject;

	private byte[] encryptedEmail;

	private byte[] encryptedAddress;

	@Setup(Level.Trial)
	public void openKeysAndEncryptOnce() throws IOException {
		keyFolder = Files.createTempDirectory("wtigg-crypto-bench");
		cipher = new TinkSubjectCipher(Keyring.open(new KeyringProperties(keyFolder, true)));
		subject = SubjectId.random();
		encryptedEmail = cipher.encrypt(subject, "email", EMAIL);
		encryptedAddress = cipher.encrypt(subject, "postal_address", POSTAL_ADDRESS);
		if (!cipher.decrypt(subject, "email", encryptedEmail).orElseThrow().equals(EMAIL)) {
			throw new IllegalStateException("The email does not read back");
		}
	}

	@TearDown(Level.Trial)
	public void deleteKeys() throws IOException {
		try (Stream<Path> files = Files.walk(keyFolder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	@Benchmark
	public byte[] encryptEmail() {
		return cipher.encrypt(subject, "email", EMAIL);
	}

	@Benchmark
	public byte[] encryptPostalAddress() {
		return cipher.encrypt(subject, "postal_address", POSTAL_ADDRESS);
	}

	@Benchmark
	public String decryptEmail() {
		return cipher.decrypt(subject, "email", encryptedEmail).orElseThrow();
	}

	@Benchmark
	public String decryptPostalAddress() {
		return cipher.decrypt(subject, "postal_address", encryptedAddress).orElseThrow();
	}

	@Benchmark
	public byte[] blindIndexOfEmail() {
		return cipher.blindIndex("email", EMAIL);
	}
}
