package com.wtigg.store.notification.mailbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One received mail in the mailbox's list.
 *
 * @param id the mailbox's name for it (a digest of its Message-ID)
 */
public record MailSummary(String id, Instant received, String to, String subject) {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** The time received, for people: {@code 2026-11-29 14:03:12 UTC}. */
	public String receivedShown() {
		return SHOWN.format(received);
	}
}
