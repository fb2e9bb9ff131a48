package com.wtigg.store.audit.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One row of the audit log as the back-office page lists it.
 *
 * @param number the entry's place in the chain, from 1
 * @param occurredAt when it was recorded
 * @param subject whose data it concerned, or {@code null}
 */
public record LoggedEntry(long number, Instant occurredAt, String actor, String action, UUID subject, String purpose,
		String detail) {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	/** The time in UTC to the second, as shown. */
	public String time() {
		return SHOWN.format(occurredAt);
	}

	/** The exact time, for the {@code datetime} attribute. */
	public String isoTime() {
		return occurredAt.toString();
	}
}
