package com.wtigg.store.customer.staff;

import java.util.Optional;

import com.wtigg.store.customer.account.PasswordRules;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.web.FormErrors;

/**
 * Checks of the fields the staff forms share: each problem becomes a message beside its field.
 */
final class StaffForms {

	static final int NAME_MAX = 100;

	private StaffForms() {
	}

	/** The name as it will be kept (trimmed), or null when it will not do. */
	static String name(String typed, FormErrors errors) {
		String name = typed == null ? "" : typed.strip();
		if (name.isEmpty()) {
			errors.add("name", "staff.name.missing");
			return null;
		}
		if (name.codePointCount(0, name.length()) > NAME_MAX) {
			errors.add("name", "staff.name.long", NAME_MAX);
			return null;
		}
		if (hasControl(name)) {
			errors.add("name", "staff.name.control");
			return null;
		}
		return name;
	}

	static Optional<EmailAddress> email(String typed, FormErrors errors) {
		if (typed == null || typed.isBlank()) {
			errors.add("email", "staff.email.missing");
			return Optional.empty();
		}
		Optional<EmailAddress> email = EmailAddress.parse(typed);
		if (email.isEmpty()) {
			errors.add("email", "staff.email.invalid");
		}
		return email;
	}

	/** Checks a new password and its repetition; the person's own email and name are refused. */
	static void password(PasswordRules rules, String password, String again, FormErrors errors, String... personal) {
		rules.problem(password, personal)
			.ifPresent(key -> errors.add("password", "staff." + key, PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH));
		if (!errors.has("password") && !password.equals(again)) {
			errors.add("passwordAgain", "staff.password.mismatch");
		}
	}

	/** A typed value as the form shows it again: without control characters, never longer than a page can hold. */
	static String shown(String typed) {
		if (typed == null) {
			return "";
		}
		StringBuilder shown = new StringBuilder();
		typed.codePoints().filter(c -> !isControl(c)).limit(2_000).forEach(shown::appendCodePoint);
		return shown.toString();
	}

	static boolean hasControl(String value) {
		return value.codePoints().anyMatch(StaffForms::isControl);
	}

	private static boolean isControl(int c) {
		if (c == 0x200C || c == 0x200D) { // zero-width (non-)joiners belong to names in several scripts
			return false;
		}
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.SURROGATE
				|| type == Character.PRIVATE_USE;
	}
}
