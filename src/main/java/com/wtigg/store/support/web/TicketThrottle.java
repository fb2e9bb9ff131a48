package com.wtigg.store.support.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Limits how often the support form may be sent from one client address
 * ({@code store.support.tickets-per-hour}), so that nobody can fill the queue, or the database with
 * screenshots, in bulk. Each node counts for itself.
 */
@Component
public class TicketThrottle {

	private static final int MAX_ADDRESSES = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perHour;

	TicketThrottle(@Value("${store.support.tickets-per-hour:20}") int perHour) {
		this.perHour = perHour;
	}

	/** Takes one send for the address; false when it has none left this hour. */
	boolean trySend(String clientAddress) {
		if (buckets.size() > MAX_ADDRESSES) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(clientAddress, a -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
			.build()).tryConsume(1);
	}

	/** Forgets every address's count (tests). */
	public void reset() {
		buckets.clear();
	}
}
