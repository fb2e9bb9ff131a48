package com.wtigg.store.privacy.center;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.wtigg.store.PolicyClause;

/** The privacy center's summary counts each category's records, streamed ones included, and leaves out empty ones. */
class RecordCountsTest {

	@Test
	@PolicyClause("DSR-ACCESS")
	void countsListedAndStreamedRowsAndSkipsEmptyCategories() {
		RecordCounts counts = new RecordCounts();
		counts.add("orders", List.of("number"), List.of(List.of("W-1"), List.of("W-2")));
		counts.add("tickets", List.of("subject"), List.of());
		counts.stream("analytics_events", List.of("path"), each -> {
			for (int i = 0; i < 100_000; i++) {
				each.accept(List.of("/"));
			}
		});
		counts.add("orders", List.of("number"), List.of(List.of("W-3")));

		assertThat(counts.byCategory()).containsExactly(java.util.Map.entry("orders", 3),
				java.util.Map.entry("analytics_events", 100_000));
	}
}
