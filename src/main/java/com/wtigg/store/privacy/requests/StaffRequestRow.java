package com.wtigg.store.privacy.requests;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * A request in the staff list, with its days left and how urgent that is:
 * {@code overdue}, {@code soon} (5 days or fewer), {@code fine}, or {@code closed}.
 */
public record StaffRequestRow(PrivacyRequest request, @Nullable Long daysLeft, String urgency) {

	static StaffRequestRow of(PrivacyRequest r, LocalDate today) {
		if (r.status().closed() || r.dueOn() == null) {
			return new StaffRequestRow(r, null, r.status().closed() ? "closed" : "fine");
		}
		long left = ChronoUnit.DAYS.between(today, r.dueOn());
		return new StaffRequestRow(r, left, left < 0 ? "overdue" : left <= 5 ? "soon" : "fine");
	}
}
