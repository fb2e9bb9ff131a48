package com.wtigg.store.support.ticket;

import org.jspecify.annotations.Nullable;

/**
 * A ticket just opened: its number, and for a guest the path of the secret link that opens it
 * (shown once on the page, sent again in every reply's mail).
 */
public record OpenedTicket(String number, @Nullable String guestPath) {

	@Override
	public String toString() {
		return "OpenedTicket[" + number + "]";
	}
}
