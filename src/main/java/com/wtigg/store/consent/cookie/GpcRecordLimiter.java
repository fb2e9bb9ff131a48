package com.wtigg.store.consent.cookie;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * A client that sends {@code Sec-GPC: 1} but keeps no cookies would otherwise be recorded on every
 * request: such first-seen signals are recorded at most {@code store.consent.gpc-records-per-client}
 * times an hour per client address. The signal is honoured all the same; only the record is skipped.
 */
@Component
class GpcRecordLimiter {

	private static final int MAX_KEYS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perClient;

	GpcRecordLimiter(@Value("${store.consent.gpc-records-per-client:30}") int perClient) {
		this.perClient = perClient;
	}

	/** Takes one record from the client's hourly allowance; false when it is used up. */
	boolean allow(String clientAddress) {
		if (buckets.size() > MAX_KEYS) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(clientAddress, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perClient).refillIntervally(perClient, Duration.ofHours(1)).build())
			.build())
			.tryConsume(1);
	}
}
