package com.wtigg.store.analytics.recording;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses beacons seen before and visitors who send too many. A beacon's random id is remembered
 * for the replay window ({@code store.analytics.replay-window}, 10 minutes); each visitor (or
 * subject, or network when neither is known) may send {@code store.analytics.beacons-per-minute}
 * (60) beacons a minute, in bursts of as many. Both memories are bounded.
 */
@Component
class BeaconGuard {

	static final int MAX_REMEMBERED = 200_000;

	private final Map<UUID, Long> seen = new ConcurrentHashMap<>();

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final long windowNanos;

	private final int perMinute;

	BeaconGuard(@Value("${store.analytics.replay-window:10m}") Duration window,
			@Value("${store.analytics.beacons-per-minute:60}") int perMinute) {
		this.windowNanos = window.toNanos();
		this.perMinute = perMinute;
	}

	/** Whether this visitor may send another beacon now; takes one from its allowance. */
	boolean allows(String visitor) {
		if (buckets.size() >= MAX_REMEMBERED) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(visitor, v -> Bucket.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build()).tryConsume(1);
	}

	/** Whether the id is new within the window; remembers it. False for a replay (or when memory is full of live ids). */
	boolean firstSighting(UUID id) {
		long now = System.nanoTime();
		if (seen.size() >= MAX_REMEMBERED) {
			seen.values().removeIf(until -> until - now < 0);
			if (seen.size() >= MAX_REMEMBERED) {
				return false;
			}
		}
		Long previous = seen.putIfAbsent(id, now + windowNanos);
		if (previous == null) {
			return true;
		}
		if (previous - now < 0 && seen.replace(id, previous, now + windowNanos)) {
			return true; // seen longer ago than the window
		}
		return false;
	}
}
