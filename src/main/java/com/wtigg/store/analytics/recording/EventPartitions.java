package com.wtigg.store.analytics.recording;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monthly partitions of {@code analytics_event} (UTC months): this month's and the next two
 * exist at start and after every daily run; months that ended more than 12 months ago are dropped
 * whole, and the rest of the expired events of the oldest month deleted (RET-AUTO).
 */
@Component
class EventPartitions {

	static final String SCHEMA = "analytics_partition";

	static final int KEPT_MONTHS = 12;

	private static final Logger log = LoggerFactory.getLogger(EventPartitions.class);

	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyy_MM");

	private static final String PREFIX = "analytics_event_";

	private final JdbcClient jdbc;

	EventPartitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "${store.analytics.partition-cron:0 7 0 * * *}", zone = "UTC")
	void maintain() {
		Instant now = Instant.now();
		createAhead(now);
		dropExpired(now);
	}

	/** Creates the partitions of the month of {@code now} and of the two months after it. */
	void createAhead(Instant now) {
		YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
		for (int i = 0; i <= 2; i++) {
			create(month.plusMonths(i));
		}
	}

	private void create(YearMonth month) {
		String sql = "create table if not exists %s.%s%s partition of analytics_event for values from ('%s') to ('%s')"
			.formatted(SCHEMA, PREFIX, month.format(SUFFIX), start(month), start(month.plusMonths(1)));
		try {
			jdbc.sql(sql).update();
		}
		catch (DataAccessException e) {
			// another node created it at the same moment
			if (!partitions().contains(month)) {
				throw e;
			}
		}
	}

	/** The months that have a partition, oldest first. */
	List<YearMonth> partitions() {
		return jdbc.sql("""
				select c.relname from pg_inherits i
				join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
				join pg_namespace n on n.oid = c.relnamespace
				where p.relname = 'analytics_event' and n.nspname = ?
				""").param(SCHEMA).query(String.class).list().stream()
			.filter(name -> name.startsWith(PREFIX))
			.map(name -> month(name.substring(PREFIX.length())))
			.filter(java.util.Objects::nonNull)
			.sorted()
			.toList();
	}

	/**
	 * Drops every partition whose month ended more than 12 months before {@code now} and deletes
	 * the older events of the month that straddles the limit; returns how many events went.
	 */
	int dropExpired(Instant now) {
		Instant limit = now.atZone(ZoneOffset.UTC).minusMonths(KEPT_MONTHS).toInstant();
		int removed = 0;
		for (YearMonth month : partitions()) {
			if (!start(month.plusMonths(1)).isAfter(limit)) {
				String table = SCHEMA + "." + PREFIX + month.format(SUFFIX);
				removed += jdbc.sql("select count(*) from " + table).query(Integer.class).single();
				jdbc.sql("drop table if exists " + table).update();
				log.info("Dropped the analytics events of {}", month);
			}
		}
		return removed + jdbc.sql("delete from analytics_event where occurred_at < ?")
			.param(java.sql.Timestamp.from(limit)).update();
	}

	private static Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static YearMonth month(String suffix) {
		try {
			return YearMonth.parse(suffix, SUFFIX);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
