package com.wtigg.store.ordering.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Limits guest order look-ups per client address ({@code store.ordering.lookup-per-minute}), so
 * that order numbers and emails cannot be tried in bulk. Each node counts for itself.
 */
@Component
public class LookupThrottle {

	private static final int MAX_ADDRESSES = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perMinute;

	LookupThrottle(@Value("${store.ordering.lookup-per-minute:10}") int perMinute) {
		this.perMinute = perMinute;
	}

	/** Takes one try for the address; false when it has none left this minute. */
	boolean tryLookup(String clientAddress) {
		if (buckets.size() > MAX_ADDRESSES) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(clientAddress, a -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build()).tryConsume(1);
	}

	/** Forgets every address's count (tests). */
	public void reset() {
		buckets.clear();
	}
}
