package com.wtigg.store.marketing.subscription;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sign-up floods are refused before anything is stored: a few sign-ups per client address and
 * fewer per email address (by its digest) in each window, so nobody can fill a stranger's inbox
 * with confirmation mails.
 */
@Component
public class SignUpLimiter {

	private static final int MAX_KEYS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perClient;

	private final int perAddress;

	private final Duration window;

	SignUpLimiter(@Value("${store.marketing.signups-per-client:20}") int perClient,
			@Value("${store.marketing.signups-per-address:3}") int perAddress,
			@Value("${store.marketing.signup-window:1h}") Duration window) {
		this.perClient = perClient;
		this.perAddress = perAddress;
		this.window = window;
	}

	/** Takes one sign-up from both allowances; false when either is used up. */
	public boolean allow(String clientAddress, byte[] emailIndex) {
		if (buckets.size() > MAX_KEYS) {
			buckets.clear();
		}
		Bucket client = bucket("client:" + clientAddress, perClient);
		Bucket address = bucket("email:" + HexFormat.of().formatHex(emailIndex), perAddress);
		if (!client.tryConsume(1)) {
			return false;
		}
		return address.tryConsume(1);
	}

	/** Takes one sign-up from the address's allowance only (sign-ups from pages that limit clients themselves, such as checkout). */
	public boolean allowAddress(byte[] emailIndex) {
		if (buckets.size() > MAX_KEYS) {
			buckets.clear();
		}
		return bucket("email:" + HexFormat.of().formatHex(emailIndex), perAddress).tryConsume(1);
	}

	/** Forgets every allowance used (for operators after an incident, and tests). */
	public void reset() {
		buckets.clear();
	}

	private Bucket bucket(String key, int capacity) {
		return buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
			.build());
	}
}
