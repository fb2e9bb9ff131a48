package com.wtigg.store.analytics.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;

/**
 * A full queue drops events and counts them instead of making the request wait; what is queued is
 * written in batches, one insert per at most 500 events.
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
	void writesWhatIsQueuedInOneInsertPerAtMostFiveHundredEvents() {
		JdbcClient jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
		EventWriter writer = new EventWriter(jdbc, null, new SimpleMeterRegistry(), 2000, Duration.ofSeconds(1));
		for (int i = 0; i < 1200; i++) {
			assertThat(writer.offer(view())).isTrue();
		}
		verify(jdbc, times(0)).sql(anyString());

		writer.writeQueued();
		ArgumentCaptor<String> statements = ArgumentCaptor.forClass(String.class);
		verify(jdbc, times(3)).sql(statements.capture());
		assertThat(statements.getAllValues()).allSatisfy(sql -> assertThat(sql).startsWith("insert into analytics_event"));
		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<?>> columns = ArgumentCaptor.forClass(List.class);
		verify(jdbc.sql(anyString()), times(3)).params(columns.capture());
		assertThat(columns.getAllValues()).allSatisfy(batch -> assertThat(batch).hasSize(14))
			.extracting(batch -> ((Object[]) batch.get(0)).length).containsExactly(500, 500, 200);
	}
}
