package com.wtigg.store.support.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a ticket stands: waiting for staff ({@code OPEN}), answered and waiting for the person
 * ({@code ANSWERED}), or closed. A reply of the person opens it again.
 */
public enum TicketStatus {

	OPEN, ANSWERED, CLOSED;

	public String column() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "support.status." + column();
	}

	public static Optional<TicketStatus> of(String column) {
		return Arrays.stream(values()).filter(s -> s.column().equals(column)).findFirst();
	}
}
