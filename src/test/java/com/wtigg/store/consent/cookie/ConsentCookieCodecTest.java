package com.wtigg.store.consent.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.shared.crypto.Keyring;
import com.wtigg.store.shared.crypto.KeyringProperties;

/**
 * The consent cookie reads back only as the store wrote it, and only for its lifetime.
 */
@PolicyClause("CKE-CHOICE")
class ConsentCookieCodecTest {

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	@TempDir
	Path keys;

	Keyring keyring;

	@BeforeEach
	void openKeys() {
		keyring = Keyring.open(new KeyringProperties(keys, true));
	}

	private ConsentCookieCodec codecAt(Instant now) {
		return new ConsentCookieCodec(keyring, Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(365));
	}

	private static ConsentCookie chosen() {
		return ConsentCookie.fresh("2026-12-01", NOW).choose(true, false, "2026-12-01", NOW);
	}

	@Test
	void aGenuineCookieReadsBackAsWritten() {
		ConsentCookieCodec codec = codecAt(NOW);
		ConsentCookie cookie = chosen();

		assertThat(codec.decode(codec.encode(cookie))).contains(cookie);
		assertThat(codec.encode(cookie).length()).isLessThan(ConsentCookieCodec.MAX_LENGTH);
	}

	@Test
	void aTamperedCookieCountsAsNone() {
		ConsentCookieCodec codec = codecAt(NOW);
		String value = codec.encode(chosen());
		String moreConsent = value.replace(".ca.", ".cam.");

		assertThat(moreConsent).isNotEqualTo(value);
		assertThat(codec.decode(moreConsent)).isEmpty();
		assertThat(codec.decode(value.substring(0, value.length() - 1) + (value.endsWith("A") ? "B" : "A"))).isEmpty();
	}

	@Test
	void aCookieSignedWithAnotherKeyCountsAsNone(@TempDir Path otherKeys) {
		Keyring other = Keyring.open(new KeyringProperties(otherKeys, true));
		String forged = new ConsentCookieCodec(other, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(365)).encode(chosen());

		assertThat(codecAt(NOW).decode(forged)).isEmpty();
	}

	@Test
	void garbageAndOversizedValuesCountAsNone() {
		ConsentCookieCodec codec = codecAt(NOW);

		assertThat(codec.decode("")).isEmpty();
		assertThat(codec.decode("accepted")).isEmpty();
		assertThat(codec.decode("1." + "a".repeat(400))).isEmpty();
		assertThat(codec.decode(null)).isEmpty();
	}

	@Test
	@PolicyClause("RET-AUTO")
	void aChoiceExpiresAfterItsLifetime() {
		String value = codecAt(NOW).encode(chosen());

		assertThat(codecAt(NOW.plus(Duration.ofDays(364))).decode(value)).hasValueSatisfying(c -> assertThat(c.chosen()).isTrue());
		assertThat(codecAt(NOW.plus(Duration.ofDays(366))).decode(value)).isEmpty();
	}

	@Test
	void anOldChoiceInARecentlyWrittenCookieIsDroppedButTheOptOutStays() {
		Instant later = NOW.plus(Duration.ofDays(300));
		ConsentCookie withGpc = chosen().gpc(true, later);
		String value = codecAt(later).encode(withGpc);

		ConsentCookie read = codecAt(NOW.plus(Duration.ofDays(400))).decode(value).orElseThrow();

		assertThat(read.chosen()).isFalse();
		assertThat(read.analytics()).isFalse();
		assertThat(read.saleShareOptedOut()).isTrue();
		assertThat(read.browserId()).isEqualTo(withGpc.browserId());
	}
}
