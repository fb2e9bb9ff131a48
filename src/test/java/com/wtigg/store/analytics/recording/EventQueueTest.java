package com.wtigg.store.analytics.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

/**
 * A full queue drops events and counts them instead of making the request wait.
 */
class EventQueueTest {

	private static UsageEvent view() {
		return new UsageEvent(Instant.now(), "page_view", "/", null, null, null, null,
				new RequestFacts.Device("Desktop", "Linux", "Firefox"), null, null, null, null);
	}

	@Test
	void dropsAndCountsWhenTheQueueIsFullWithoutBlocking() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		EventWriter writer = new EventWriter(null, null, meters, 2, Duration.ofSeconds(1));
		long started = System.nanoTime();
		assertThat(writer.offer(view())).isTrue();
		assertThat(writer.offer(view())).isTrue();
		assertThat(writer.offer(view())).isFalse();
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(500);
		assertThat(writer.droppedCount()).isOne();
		assertThat(meters.get("store.analytics.events").tag("outcome", "dropped").counter().count()).isEqualTo(1.0);
	}

	@Test
	void anEventsTextNamesNoPersonalData() {
		UsageEvent event = new UsageEvent(Instant.now(), "page_view", "/search", "wang li jade", null, null,
				"https://example.com", new RequestFacts.Device("Phone", "iOS", "Safari"), "203.0.113.0", null, null, null);
		assertThat(event.toString()).doesNotContain("wang", "203.0.113", "example.com");
	}
}
