package com.wtigg.store.analytics.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.analytics.AnalyticsTest;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.inventory.PersonalDataInventory;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;

/**
 * Month partitions are there ahead of time and dropped after 12 months; a subject's events are
 * declared, exported as a stream and erased.
 */
@AnalyticsTest
class RetentionAndRightsTest {

	@Autowired
	EventPartitions partitions;

	@Autowired
	AnalyticsPersonalData holder;

	@Autowired
	PersonalDataInventory inventory;

	@Autowired
	JdbcClient jdbc;

	@Test
	@PolicyClause("RET-AUTO")
	void partitionsOfThisAndNextMonthExist() {
		YearMonth now = YearMonth.now(ZoneOffset.UTC);
		assertThat(partitions.partitions()).contains(now, now.plusMonths(1));
	}

	@Test
	@PolicyClause("RET-AUTO")
	void dropsMonthsOlderThanTwelveAndDeletesTheRestOfTheExpiredEvents() {
		ZonedDateTime now = ZonedDateTime.of(2026, 12, 3, 12, 0, 0, 0, ZoneOffset.UTC);
		partitions.createAhead(now.minusMonths(14).toInstant()); // 2025-10, 2025-11, 2025-12
		insertAt(ZonedDateTime.of(2025, 10, 20, 0, 0, 0, 0, ZoneOffset.UTC));
		insertAt(ZonedDateTime.of(2025, 11, 20, 0, 0, 0, 0, ZoneOffset.UTC));
		insertAt(ZonedDateTime.of(2025, 12, 2, 0, 0, 0, 0, ZoneOffset.UTC));
		insertAt(ZonedDateTime.of(2025, 12, 20, 0, 0, 0, 0, ZoneOffset.UTC));
		try {
			int purged = holder.purgeExpired(now.toInstant());

			assertThat(purged).isEqualTo(3);
			assertThat(partitions.partitions()).doesNotContain(YearMonth.of(2025, 10), YearMonth.of(2025, 11))
				.contains(YearMonth.of(2025, 12));
			assertThat(jdbc.sql("select count(*) from analytics_event where occurred_at < '2026-01-01'")
				.query(Integer.class).single()).isOne();
		}
		finally {
			for (String month : List.of("2025_10", "2025_11", "2025_12")) {
				jdbc.sql("drop table if exists analytics_partition.analytics_event_" + month).update();
			}
		}
	}

	private void insertAt(ZonedDateTime at) {
		jdbc.sql("insert into analytics_event (occurred_at, kind, path) values (?, 'page_view', '/')")
			.param(Timestamp.from(at.toInstant())).update();
	}

	@Test
	@PolicyClause("COL-MINIMIZE")
	void declaresEveryColumnOfTheEventsTable() {
		List<String> columns = jdbc.sql("""
				select 'analytics_event.' || column_name from information_schema.columns
				where table_schema = current_schema() and table_name = 'analytics_event'
				""").query(String.class).list();
		List<String> declared = new ArrayList<>(holder.inventory().nonPersonalColumns());
		holder.inventory().personal().stream().map(PersonalField::column).forEach(declared::add);
		assertThat(declared).containsExactlyInAnyOrderElementsOf(columns);
		assertThat(inventory.undeclaredColumns()).noneMatch(c -> c.startsWith("analytics_event"));
	}

	@Test
	@PolicyClause({ "DSR-ACCESS", "DSR-DELETE" })
	void exportsAHundredThousandEventsInChunksAndErasesThem() {
		SubjectId subject = SubjectId.random();
		jdbc.sql("""
				insert into analytics_event (occurred_at, kind, path, subject_id, device_type, ip_prefix)
				select now() - make_interval(secs => n), 'page_view', '/p/piece-' || n, ?, 'Desktop', '198.51.100.0'
				from generate_series(1, 100000) n
				""").param(subject.value()).update();
		int[] streamed = { 0 };
		List<List<String>> first = new ArrayList<>();
		holder.export(subject, new SubjectExport() {
			@Override
			public void add(String dataset, List<String> columns, List<List<String>> rows) {
				throw new AssertionError("100,000 events must be streamed, not handed over as one list");
			}

			@Override
			public void stream(String dataset, List<String> columns, RowSource rows) {
				assertThat(dataset).isEqualTo(AnalyticsPersonalData.DATASET);
				assertThat(columns).contains("path", "ip_prefix", "device_type");
				rows.each(row -> {
					if (first.isEmpty()) {
						first.add(row);
					}
					streamed[0]++;
				});
			}
		});
		assertThat(streamed[0]).isEqualTo(100_000);
		assertThat(first.getFirst()).contains("/p/piece-100000", "198.51.100.0");

		holder.erase(subject);
		assertThat(jdbc.sql("select count(*) from analytics_event where subject_id = ?").param(subject.value())
			.query(Integer.class).single()).isZero();
	}

}
