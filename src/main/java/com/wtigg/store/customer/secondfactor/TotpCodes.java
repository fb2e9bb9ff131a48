package com.wtigg.store.customer.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import dev.samstevens.totp.util.Utils;

import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds), as authenticator apps make
 * them. A code is accepted for the current time step and one step either side, and only for a
 * step later than the last one accepted, so that no code works twice.
 */
@Component
class TotpCodes {

	static final int PERIOD_SECONDS = 30;

	static final int DIGITS = 6;

	private final SecretGenerator secrets = new DefaultSecretGenerator();

	private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	private final Clock clock;

	TotpCodes(Clock clock) {
		this.clock = clock;
	}

	/** A new shared secret, 160 random bits in Base32. */
	String newSecret() {
		return secrets.generate();
	}

	/** The secret as a QR code an authenticator app scans: a PNG as a data: address. */
	String qrCode(String secret, String issuer, String label) {
		QrData data = new QrData.Builder().label(label).secret(secret).issuer(issuer).algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS).period(PERIOD_SECONDS).build();
		ZxingPngQrGenerator png = new ZxingPngQrGenerator();
		png.setImageSize(240);
		try {
			return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
		}
		catch (QrGenerationException e) {
			throw new IllegalStateException("The QR code could not be drawn", e);
		}
	}

	/**
	 * The time step a typed code belongs to, when it is right for now (give or take one step) and
	 * for a step after {@code lastUsed}; empty otherwise.
	 */
	OptionalLong matchingStep(String secret, String typed, long lastUsed) {
		String code = typed == null ? "" : typed.replace(" ", "").replace("-", "");
		if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return OptionalLong.empty();
		}
		long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
		byte[] given = code.getBytes(StandardCharsets.US_ASCII);
		long found = Long.MIN_VALUE;
		for (long step = now - 1; step <= now + 1; step++) {
			boolean same = MessageDigest.isEqual(given, generate(secret, step).getBytes(StandardCharsets.US_ASCII));
			if (same && step > lastUsed && found == Long.MIN_VALUE) {
				found = step;
			}
		}
		return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
	}

	private String generate(String secret, long step) {
		try {
			return generator.generate(secret, step);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException("The code could not be computed", e);
		}
	}
}
