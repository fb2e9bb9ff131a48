package com.wtigg.store.privacy.requests;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

import com.wtigg.store.shared.web.FormErrors;

/** Reads the staff list's filter; an unknown value is named and does not narrow the list. */
final class StaffRequestFilter {

	private StaffRequestFilter() {
	}

	static RequestFilter read(String type, String status, String dueBy, FormErrors errors) {
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
		return new RequestFilter(t, s, due);
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
