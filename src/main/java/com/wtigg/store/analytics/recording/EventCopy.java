package com.wtigg.store.analytics.recording;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of usage events with PostgreSQL's {@code COPY ... FROM STDIN}, the database's
 * own bulk load: the rows go as CSV (Commons CSV's PostgreSQL format, in which an unquoted empty
 * field is null and a quoted one the empty text), and the database routes each to its month's
 * partition. Cheaper for the database than an insert of the same rows, which matters because it
 * shares the machine's cores with the requests.
 */
@Component
class EventCopy implements EventWriter.Sink {

	static final String COLUMNS = "occurred_at, kind, path, search_query, target, duration_ms, referrer, "
			+ "device_type, os, browser, ip_prefix, visitor_id, subject_id, beacon_id";

	static final String COPY = "copy analytics_event (" + COLUMNS + ") from stdin (format csv)";

	private final JdbcTemplate jdbc;

	EventCopy(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(List<UsageEvent> batch) {
		String rows = rows(batch);
		jdbc.execute((ConnectionCallback<Long>) connection -> {
			try {
				return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(rows));
			}
			catch (IOException e) {
				throw new DataAccessResourceFailureException("The usage events could not be sent to the database", e);
			}
		});
	}

	/** The batch as the CSV rows COPY reads, one line per event, in the order of {@link #COLUMNS}. */
	static String rows(List<UsageEvent> batch) {
		StringBuilder text = new StringBuilder(batch.size() * 160);
		try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.POSTGRESQL_CSV)) {
			for (UsageEvent e : batch) {
				csv.printRecord(e.occurredAt(), e.kind(), e.path(), e.searchQuery(), e.target(), e.durationMs(),
						e.referrer(), e.device().type(), e.device().os(), e.device().browser(), e.ipPrefix(),
						text(e.visitorId()), e.subject() == null ? null : e.subject().value(), text(e.beaconId()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e); // a StringBuilder does not fail
		}
		return text.toString();
	}

	private static String text(UUID id) {
		return id == null ? null : id.toString();
	}
}
