package com.wtigg.store.analytics.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

import com.wtigg.store.PolicyClause;

/**
 * A full queue drops events and counts them instead of making the request wait; what is queued is
 * written in batches, one statement per at most 10,000 events; a batch the database refuses twice
 * is counted, and the writer goes on.
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

	@Test
	@PolicyClause("COL-USAGE")
	void writesWhatIsQueuedInOneStatementPerBatchOfAtMostTenThousandEvents() {
		List<Integer> batches = new ArrayList<>();
		EventWriter writer = new EventWriter(batch -> batches.add(batch.size()), null, new SimpleMeterRegistry(), 30_000,
				Duration.ofSeconds(1));
		for (int i = 0; i < 24_000; i++) {
			assertThat(writer.offer(view())).isTrue();
		}
		assertThat(batches).isEmpty();

		writer.writeQueued();
		assertThat(batches).containsExactly(EventWriter.BATCH, EventWriter.BATCH, 4_000);
		writer.writeQueued();
		assertThat(batches).hasSize(3);
	}

	@Test
	@PolicyClause("COL-USAGE")
	void aBatchThatFailsTwiceIsCountedAsFailedAndTheNextIsWritten() {
		List<Integer> written = new ArrayList<>();
		int[] calls = { 0 };
		EventPartitions partitions = org.mockito.Mockito.mock(EventPartitions.class);
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		EventWriter writer = new EventWriter(batch -> {
			if (calls[0]++ < 2) {
				throw new org.springframework.dao.DataAccessResourceFailureException("down");
			}
			written.add(batch.size());
		}, partitions, meters, 30_000, Duration.ofSeconds(1));
		writer.offer(view());
		writer.writeQueued();
		writer.offer(view());
		writer.offer(view());
		writer.writeQueued();

		assertThat(written).containsExactly(2);
		assertThat(meters.get("store.analytics.events").tag("outcome", "failed").counter().count()).isEqualTo(1.0);
		verify(partitions, times(1)).createAhead(org.mockito.ArgumentMatchers.any());
	}
}
