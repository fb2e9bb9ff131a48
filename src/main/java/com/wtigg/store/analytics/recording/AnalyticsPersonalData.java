package com.wtigg.store.analytics.recording;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.ErasureAction;
import com.wtigg.store.privacy.Inventory;
import com.wtigg.store.privacy.LegalBasis;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;

/**
 * Usage events in the privacy inventory: every column of {@code analytics_event}; a subject's
 * events exported as a stream (row by row through a cursor, so a subject with 100,000 events never
 * sits in memory whole), erased by deleting them, and expired after 12 months (RET-AUTO). Events of an
 * anonymous visitor carry only the visitor cookie's random id and are linked to no subject.
 */
@Component
class AnalyticsPersonalData implements PersonalDataHolder {

	static final String DATASET = "analytics_events";

	static final int CHUNK = 1000;

	static final List<String> COLUMNS = List.of("occurred_at", "kind", "path", "search_query", "target", "duration_ms",
			"referrer", "device_type", "os", "browser", "ip_prefix");

	private static final String PURPOSE = "measuring how the store is used (usage analytics), with analytics consent";

	private static final String RETENTION = "12 months (RET-AUTO)";

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	private final EventPartitions partitions;

	AnalyticsPersonalData(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			EventPartitions partitions) {
		this.jdbc = jdbc;
		this.partitions = partitions;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(CHUNK);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public Inventory inventory() {
		List<PersonalField> fields = Stream.of("path", "search_query", "target", "duration_ms", "referrer")
			.map(column -> field(column, DataCategory.AUTOMATIC))
			.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
		Stream.of("device_type", "os", "browser", "ip_prefix").forEach(c -> fields.add(field(c, DataCategory.AUTOMATIC)));
		fields.add(field("visitor_id", DataCategory.IDENTIFIER));
		fields.add(field("subject_id", DataCategory.IDENTIFIER));
		return new Inventory(List.copyOf(fields), List.of("analytics_event.occurred_at", "analytics_event.kind",
				"analytics_event.beacon_id"));
	}

	private static PersonalField field(String column, DataCategory category) {
		return new PersonalField("analytics_event." + column, category, PURPOSE, LegalBasis.CONSENT, RETENTION,
				ErasureAction.DELETE);
	}

	/** Streams the subject's events, oldest first, to the export row by row (the database cursor reads 1,000 at a time). */
	@Override
	public void export(SubjectId subject, SubjectExport export) {
		export.stream(DATASET, COLUMNS, each -> readOnly.executeWithoutResult(status -> streaming.query("select "
				+ String.join(", ", COLUMNS) + " from analytics_event where subject_id = ? order by occurred_at", rs -> {
					List<String> row = new ArrayList<>(COLUMNS.size());
					for (int i = 1; i <= COLUMNS.size(); i++) {
						row.add(i == 1 ? rs.getTimestamp(1).toInstant().toString() : rs.getString(i));
					}
					each.accept(row);
				}, subject.value())));
	}

	@Override
	public void erase(SubjectId subject) {
		jdbc.sql("delete from analytics_event where subject_id = ?").param(subject.value()).update();
	}

	@Override
	public int purgeExpired(Instant now) {
		return partitions.dropExpired(now);
	}
}
