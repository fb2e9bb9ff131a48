package com.wtigg.store.analytics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.wtigg.store.consent.ConsentRate;

/**
 * What the analytics dashboard shows for a range of days.
 *
 * @param fromText the start as the staff member typed it (kept when it was wrong)
 * @param errors message keys by field ({@code from}, {@code to}); empty when the range is valid
 * @param consentRates the share of cookie choices that allowed each category, per day; {@code null}
 *     while the consent records cannot tell
 */
public record Dashboard(String fromText, String toText, Map<String, String> errors, LocalDate from, LocalDate to,
		List<DashboardQuery.Day> days, Chart visits, Chart clickThrough, List<DashboardQuery.Ranked> topSearches,
		List<DashboardQuery.Ranked> topPieces, List<ConsentRate> consentRates, Chart analyticsConsent,
		Chart marketingConsent) {

	public String error(String field) {
		return errors.get(field);
	}
}
