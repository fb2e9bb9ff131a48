package com.wtigg.store.customer.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.PersonalText;
import com.wtigg.store.shared.web.FormErrors;

/**
 * The checks shared by every form that takes a name, an email, a phone or a birth date.
 */
public final class PersonalInput {

	public static final int NAME_MAX = PersonalText.NAME_MAX;

	/** The age gate: from this age on a person may have an account. */
	public static final int MINIMUM_AGE = 14;

	private PersonalInput() {
	}

	/** The name, trimmed, or a message on {@code errors}. */
	public static String name(String typed, FormErrors errors, String field) {
		return PersonalText.name(typed, errors, field);
	}

	public static Optional<EmailAddress> email(String typed, FormErrors errors, String field) {
		if (typed == null || typed.isBlank()) {
			errors.add(field, "form.email.missing");
			return Optional.empty();
		}
		Optional<EmailAddress> email = EmailAddress.parse(typed);
		if (email.isEmpty()) {
			errors.add(field, "form.email.invalid");
		}
		return email;
	}

	/** The phone in international form (E.164), empty when none was given, or a message on {@code errors}. */
	public static Optional<String> phone(String typed, String defaultRegion, FormErrors errors, String field) {
		return PersonalText.phone(typed, defaultRegion, errors, field);
	}

	/** Checks a birth date against the age gate; the date itself is never kept. True when old enough. */
	public static AgeCheck age(String typed, Clock clock, FormErrors errors, String field) {
		if (typed == null || typed.isBlank()) {
			errors.add(field, "form.birthDate.missing");
			return AgeCheck.INVALID;
		}
		LocalDate born;
		try {
			born = LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			errors.add(field, "form.birthDate.invalid");
			return AgeCheck.INVALID;
		}
		LocalDate today = LocalDate.now(clock);
		if (born.isAfter(today)) {
			errors.add(field, "form.birthDate.future");
			return AgeCheck.INVALID;
		}
		int years = Period.between(born, today).getYears();
		if (years > 130) {
			errors.add(field, "form.birthDate.invalid");
			return AgeCheck.INVALID;
		}
		return years >= MINIMUM_AGE ? AgeCheck.OLD_ENOUGH : AgeCheck.TOO_YOUNG;
	}

	/** What the age gate found. */
	public enum AgeCheck {
		OLD_ENOUGH, TOO_YOUNG, INVALID
	}

	public static boolean hasControlCharacters(String value) {
		return PersonalText.hasControlCharacters(value);
	}
}
