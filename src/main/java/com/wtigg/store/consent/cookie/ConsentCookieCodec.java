package com.wtigg.store.consent.cookie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.wtigg.store.shared.crypto.Keyring;

/**
 * Writes and reads the {@code consent} cookie's value, sealed with an HMAC-SHA256 of the store's
 * keyring (Tink): a value that was not written by this store, was changed, or is older than
 * {@code store.consent.cookie-choice-lifetime} (12 months) reads as no cookie at all. A choice
 * older than that lifetime is dropped from an otherwise live cookie, so the banner asks again.
 */
@Component
class ConsentCookieCodec {

	/** Longer values are refused unread. */
	static final int MAX_LENGTH = 300;

	private static final String VERSION = "1";

	private static final String MAC_KIND = "consent-cookie";

	private static final Pattern SHAPE = Pattern.compile("1\\.[A-Za-z0-9_-]{43}\\.[camgs-]{1,5}\\.[A-Za-z0-9_-]{1,60}"
			+ "\\.[0-9]{1,12}\\.[0-9]{1,12}\\.[A-Za-z0-9_-]{43}");

	/** A cookie written a little in the future (another node's clock) is still accepted. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final Keyring keyring;

	private final Clock clock;

	private final Duration lifetime;

	ConsentCookieCodec(Keyring keyring, Clock clock,
			@Value("${store.consent.cookie-choice-lifetime:365d}") Duration lifetime) {
		this.keyring = keyring;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/** How long a choice (and the cookie) lives. */
	Duration lifetime() {
		return lifetime;
	}

	String encode(ConsentCookie cookie) {
		StringBuilder flags = new StringBuilder();
		if (cookie.chosen()) {
			flags.append('c');
		}
		flag(flags, cookie.analytics(), 'a');
		flag(flags, cookie.marketing(), 'm');
		flag(flags, cookie.gpcSeen(), 'g');
		flag(flags, cookie.saleShareOptedOut(), 's');
		String payload = String.join(".", VERSION, cookie.browserId(), flags.isEmpty() ? "-" : flags,
				Base64.getUrlEncoder().withoutPadding().encodeToString(cookie.policyVersion().getBytes(StandardCharsets.UTF_8)),
				Long.toString(cookie.chosen() ? cookie.chosenAt().getEpochSecond() : 0),
				Long.toString(cookie.updatedAt().getEpochSecond()));
		return payload + "." + mac(payload);
	}

	/** The cookie this value holds: empty when it is malformed, forged, tampered with or expired. */
	Optional<ConsentCookie> decode(String value) {
		if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
			return Optional.empty();
		}
		int cut = value.lastIndexOf('.');
		String payload = value.substring(0, cut);
		byte[] expected = mac(payload).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, value.substring(cut + 1).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		String[] parts = payload.split("\\.");
		return read(parts);
	}

	private Optional<ConsentCookie> read(String[] parts) {
		Instant now = clock.instant();
		Instant updatedAt = Instant.ofEpochSecond(Long.parseLong(parts[5]));
		if (!live(updatedAt, now)) {
			return Optional.empty();
		}
		String flags = parts[2];
		long chosenSeconds = Long.parseLong(parts[4]);
		Instant chosenAt = flags.contains("c") && chosenSeconds > 0 ? Instant.ofEpochSecond(chosenSeconds) : null;
		boolean choiceLive = chosenAt != null && live(chosenAt, now);
		String policyVersion = new String(Base64.getUrlDecoder().decode(parts[3]), StandardCharsets.UTF_8);
		return Optional.of(new ConsentCookie(parts[1], choiceLive ? chosenAt : null, choiceLive && flags.contains("a"),
				choiceLive && flags.contains("m"), flags.contains("g"), flags.contains("s"), policyVersion, updatedAt));
	}

	private boolean live(Instant at, Instant now) {
		return !at.isAfter(now.plus(CLOCK_SKEW)) && at.plus(lifetime).isAfter(now);
	}

	private String mac(String payload) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(keyring.blindIndex(MAC_KIND, payload));
	}

	private static void flag(StringBuilder flags, boolean on, char letter) {
		if (on) {
			flags.append(letter);
		}
	}
}
