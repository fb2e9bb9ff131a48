package com.wtigg.store.privacy.requests;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * A request in the staff list, with its days left and how urgent that is: {@code overdue},
 * {@code soon} (5 days or fewer), {@code fine}, or {@code closed}; and who is on it.
 *
 * @param assignee the address of the member of staff it is assigned to (empty when their account is
 * gone); null when nobody is
 * @param assignedToMe whether that is the member of staff reading the list
 */
public record StaffRequestRow(PrivacyRequest request, @Nullable Long daysLeft, String urgency,
		@Nullable String assignee, boolean assignedToMe) {

	/** Days left at which a request counts as due soon. */
	static final int SOON = 5;

	static StaffRequestRow of(PrivacyRequest r, LocalDate today, StaffNames.OnDuty staff) {
		String assignee = r.assignedTo() == null ? null : staff.name(r.assignedTo());
		boolean mine = r.assignedTo() != null && r.assignedTo().equals(staff.me());
		if (r.status().closed() || r.dueOn() == null) {
			return new StaffRequestRow(r, null, r.status().closed() ? "closed" : "fine", assignee, mine);
		}
		long left = ChronoUnit.DAYS.between(today, r.dueOn());
		return new StaffRequestRow(r, left, left < 0 ? "overdue" : left <= SOON ? "soon" : "fine", assignee, mine);
	}
}
