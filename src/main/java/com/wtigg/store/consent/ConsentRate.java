package com.wtigg.store.consent;

import java.time.LocalDate;

/**
 * How the cookie choices made on one day (UTC) came out: how many were made, and how many of them
 * allowed analytics and marketing cookies.
 */
public record ConsentRate(LocalDate day, long choices, long analytics, long marketing) {

	/** The share of that day's choices that allowed analytics, from 0 to 1; 0 without choices. */
	public double analyticsRate() {
		return choices == 0 ? 0 : (double) analytics / choices;
	}

	/** The share of that day's choices that allowed marketing, from 0 to 1; 0 without choices. */
	public double marketingRate() {
		return choices == 0 ? 0 : (double) marketing / choices;
	}
}
