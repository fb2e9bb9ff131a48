package com.wtigg.store.analytics.recording;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
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

	/** Bytes gathered before they go to the database. */
	private static final int BUFFER = 64 * 1024;

	private final JdbcTemplate jdbc;

	EventCopy(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(List<String> rows) {
		jdbc.execute((ConnectionCallback<Long>) connection -> {
			PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, BUFFER);
			try {
				Writer text = new OutputStreamWriter(copy, StandardCharsets.UTF_8);
				for (String row : rows) {
					text.write(row);
					text.write('\n');
				}
				text.flush();
				return copy.endCopy();
			}
			catch (IOException | RuntimeException e) {
				if (copy.isActive()) {
					copy.cancelCopy(); // the connection goes back to the pool out of COPY, with nothing written
				}
				throw new DataAccessResourceFailureException("The usage events could not be sent to the database", e);
			}
		});
	}

	/**
	 * The event as the CSV row COPY reads, in the order of {@link #COLUMNS}, without its line end:
	 * made when the event is queued, so that a waiting event is one small text.
	 */
	static String row(UsageEvent e) {
		return CSVFormat.POSTGRESQL_CSV.format(e.occurredAt(), e.kind(), e.path(), e.searchQuery(), e.target(),
				e.durationMs(), e.referrer(), e.device().type(), e.device().os(), e.device().browser(), e.ipPrefix(),
				text(e.visitorId()), e.subject() == null ? null : e.subject().value(), text(e.beaconId()));
	}

	private static String text(UUID id) {
		return id == null ? null : id.toString();
	}
}
