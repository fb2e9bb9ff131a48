package com.wtigg.store.privacy.requests;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Request floods are refused before anything is stored or mailed: a few requests per client
 * address and fewer per email address (by its digest) in each window, and a few tries a minute at
 * the download page's proof of identity.
 */
@Component
public class RequestThrottle {

	private static final int MAX_KEYS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perClient;

	private final int perAddress;

	private final Duration window;

	RequestThrottle(@Value("${store.privacy.requests-per-client:10}") int perClient,
			@Value("${store.privacy.requests-per-address:5}") int perAddress,
			@Value("${store.privacy.request-window:1h}") Duration window) {
		this.perClient = perClient;
		this.perAddress = perAddress;
		this.window = window;
	}

	boolean allow(String clientAddress, byte[] emailIndex) {
		if (buckets.size() > MAX_KEYS) {
			buckets.clear();
		}
		return bucket("client:" + clientAddress, perClient, window).tryConsume(1)
				&& bucket("email:" + HexFormat.of().formatHex(emailIndex), perAddress, window).tryConsume(1);
	}

	boolean allowProof(String clientAddress) {
		return bucket("proof:" + clientAddress, 5, Duration.ofMinutes(1)).tryConsume(1);
	}

	/** Forgets every allowance used (for operators after an incident, and tests). */
	public void reset() {
		buckets.clear();
	}

	private Bucket bucket(String key, int capacity, Duration refill) {
		return buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, refill).build())
			.build());
	}
}
