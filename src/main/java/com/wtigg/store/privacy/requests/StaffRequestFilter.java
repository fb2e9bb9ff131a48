package com.wtigg.store.privacy.requests;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.web.FormErrors;

/** Reads the staff list's filter; an unknown value is named and does not narrow the list. */
final class StaffRequestFilter {

	/** The choices of the "assigned to" filter besides anyone. */
	static final List<String> ASSIGNED = List.of("me", "nobody");

	private StaffRequestFilter() {
	}

	/**
	 * @param assigned {@code me}, {@code nobody}, or blank for anyone
	 * @param me the member of staff reading the list
	 */
	static RequestFilter read(String type, String status, String dueBy, String assigned, SubjectId me,
			FormErrors errors) {
		RequestType t = null;
		if (!type.isBlank()) {
			t = RequestType.parse(type).orElse(null);
			if (t == null) {
				errors.add("type", "privacy.admin.error.filter");
			}
		}
		RequestStatus s = null;
		if (!status.isBlank()) {
			s = Arrays.stream(RequestStatus.values()).filter(x -> x.code().equals(status)).findFirst().orElse(null);
			if (s == null) {
				errors.add("status", "privacy.admin.error.filter");
			}
		}
		LocalDate due = null;
		if (!dueBy.isBlank()) {
			due = parse(dueBy).orElse(null);
			if (due == null) {
				errors.add("dueBy", "privacy.admin.error.date");
			}
		}
		if (!assigned.isBlank() && !ASSIGNED.contains(assigned)) {
			errors.add("assigned", "privacy.admin.error.filter");
		}
		return new RequestFilter(t, s, due, "me".equals(assigned) ? me : null, "nobody".equals(assigned));
	}

	/** A date as typed (ISO, such as 2027-01-31), if it is one. */
	static Optional<LocalDate> parse(String typed) {
		try {
			return Optional.of(LocalDate.parse(typed.strip()));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
