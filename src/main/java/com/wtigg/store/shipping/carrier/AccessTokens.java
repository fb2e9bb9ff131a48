package com.wtigg.store.shipping.carrier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One carrier's OAuth access token, fetched with the client credentials when first needed and
 * reused until a minute before it expires (or until the carrier refuses it).
 */
final class AccessTokens {

	private static final Duration MARGIN = Duration.ofMinutes(1);

	/** A token and how long the carrier says it lasts. */
	record Token(String value, Duration lifetime) {

		@Override
		public String toString() {
			return "Token[" + lifetime + "]";
		}
	}

	private final Supplier<Token> fetch;

	private final Clock clock;

	private String token;

	private Instant renewAt = Instant.MIN;

	AccessTokens(Supplier<Token> fetch, Clock clock) {
		this.fetch = fetch;
		this.clock = clock;
	}

	synchronized String current() {
		if (token == null || !clock.instant().isBefore(renewAt)) {
			Token fresh = fetch.get();
			token = fresh.value();
			renewAt = clock.instant().plus(fresh.lifetime()).minus(MARGIN);
		}
		return token;
	}

	/** Forgets a token the carrier refused, so that the next call fetches a new one. */
	synchronized void refused() {
		token = null;
	}
}
