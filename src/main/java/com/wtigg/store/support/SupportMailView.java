package com.wtigg.store.support;

import java.util.Locale;

/**
 * What a support mail shows: where it goes, in which language, the ticket's number and the path of
 * its page (for a guest, the secret link).
 */
public record SupportMailView(String email, Locale language, String ticketNumber, String ticketPath) {

	@Override
	public String toString() {
		return "SupportMailView[redacted]";
	}
}
