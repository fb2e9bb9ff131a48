package com.wtigg.store.analytics.web;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's numbers over a range of days (UTC, both ends included), straight from the
 * events: page views and distinct visitors per day, the most frequent searches, the most viewed
 * pieces, and the click-through rate of product tiles per day.
 */
@Component
public class DashboardQuery {

	/** Pages that show product tiles: the click-through rate is tile clicks over views of these. */
	static final String LISTING = "(path = '/' or path like '/c/%' or path = '/search')";

	private final JdbcClient jdbc;

	DashboardQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A count per label, most first. */
	public record Ranked(String label, long count) {
	}

	/** One day's page views, distinct visitors, tile clicks and views of pages with tiles. */
	public record Day(LocalDate day, long views, long visitors, long tileClicks, long listingViews) {

		public double clickThrough() {
			return listingViews == 0 ? 0 : (double) tileClicks / listingViews;
		}
	}

	@Transactional(readOnly = true)
	List<Day> days(LocalDate from, LocalDate to) {
		Map<LocalDate, Day> found = new HashMap<>();
		jdbc.sql("""
				select (occurred_at at time zone 'UTC')::date as day,
				       count(*) filter (where kind = 'page_view') as views,
				       count(distinct coalesce(visitor_id, subject_id)) filter (where kind = 'page_view') as visitors,
				       count(*) filter (where kind = 'tile_click') as clicks,
				       count(*) filter (where kind = 'page_view' and %s) as listing
				from analytics_event where occurred_at >= ? and occurred_at < ?
				group by 1
				""".formatted(LISTING))
			.params(start(from), start(to.plusDays(1)))
			.query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list().forEach(day -> found.put(day.day(), day));
		return from.datesUntil(to.plusDays(1)).map(d -> found.getOrDefault(d, new Day(d, 0, 0, 0, 0))).toList();
	}

	@Transactional(readOnly = true)
	List<Ranked> topSearches(LocalDate from, LocalDate to) {
		return ranked("search_query", "search_query is not null", from, to);
	}

	@Transactional(readOnly = true)
	List<Ranked> topPieces(LocalDate from, LocalDate to) {
		return ranked("substr(path, 4)", "kind = 'page_view' and path like '/p/%'", from, to);
	}

	private List<Ranked> ranked(String label, String where, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select %s, count(*) from analytics_event
				where %s and occurred_at >= ? and occurred_at < ?
				group by 1 order by 2 desc, 1 limit 10
				""".formatted(label, where))
			.params(start(from), start(to.plusDays(1)))
			.query((rs, n) -> new Ranked(rs.getString(1), rs.getLong(2)))
			.list();
	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}
}
