package com.wtigg.store.privacy.requests;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How far one copy being written has come at one moment, for the staff's pages.
 *
 * @param holdersDone how many of the {@code holders} have given all their data
 * @param rows rows written so far
 * @param category the category being written; null before the first
 */
public record RunningExport(String reference, Instant startedAt, int holdersDone, int holders, long rows,
		@Nullable String category) {

	/** Percent of the holders done, for a progress bar. */
	public int percent() {
		return holders == 0 ? 0 : holdersDone * 100 / holders;
	}
}
