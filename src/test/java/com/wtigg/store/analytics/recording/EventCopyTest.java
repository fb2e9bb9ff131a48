package com.wtigg.store.analytics.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.shared.SubjectId;

/**
 * The rows COPY reads: every column in order, a missing value as PostgreSQL's CSV null, and text
 * with commas, quotes or line breaks (a search query is typed by anyone) kept intact.
 */
@PolicyClause("COL-USAGE")
class EventCopyTest {

	@Test
	void eachEventIsOneCsvRecordWithNullsUnquotedAndTextQuoted() {
		UUID visitor = UUID.fromString("3f1c2b9e-8f51-4b8e-9d0a-2a61b1c4d5e6");
		UsageEvent search = new UsageEvent(Instant.parse("2026-12-06T10:15:30.123456Z"), "page_view", "/search",
				"jade, \"imperial\"\ngreen", null, null, "", new RequestFacts.Device("Phone", "iOS", "Safari"),
				"203.0.113.0", visitor, null, null);
		SubjectId subject = new SubjectId(UUID.fromString("0b7f5c1a-1111-4222-8333-944455556666"));
		UsageEvent time = new UsageEvent(Instant.parse("2026-12-06T10:16:00Z"), "time_on_page", "/p/bangle", null, null,
				4200, null, new RequestFacts.Device("Desktop", "Windows", "Edge"), null, null, subject, visitor);

		String rows = EventCopy.row(search) + "\n" + EventCopy.row(time) + "\n";

		assertThat(rows).isEqualTo("\"2026-12-06T10:15:30.123456Z\",\"page_view\",\"/search\","
				+ "\"jade, \"\"imperial\"\"\ngreen\",,,\"\",\"Phone\",\"iOS\",\"Safari\",\"203.0.113.0\","
				+ "\"3f1c2b9e-8f51-4b8e-9d0a-2a61b1c4d5e6\",,\n"
				+ "\"2026-12-06T10:16:00Z\",\"time_on_page\",\"/p/bangle\",,,\"4200\",,\"Desktop\",\"Windows\",\"Edge\",,,"
				+ "\"0b7f5c1a-1111-4222-8333-944455556666\",\"3f1c2b9e-8f51-4b8e-9d0a-2a61b1c4d5e6\"\n");
		assertThat(EventCopy.COPY).startsWith("copy analytics_event (occurred_at, kind, path, search_query, target, "
				+ "duration_ms, referrer, device_type, os, browser, ip_prefix, visitor_id, subject_id, beacon_id)");
	}
}
