package com.wtigg.store.shared;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import com.wtigg.store.shared.web.FormErrors;

/**
 * The checks every form applies to what a person types about themselves: a name, a phone, and
 * any text free of invisible control characters.
 */
public final class PersonalText {

	public static final int NAME_MAX = 100;

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private PersonalText() {
	}

	/** The name, trimmed, or a message on {@code errors}. */
	public static String name(String typed, FormErrors errors, String field) {
		String name = typed == null ? "" : typed.strip();
		if (name.isEmpty()) {
			errors.add(field, "form.name.missing");
		}
		else if (name.codePointCount(0, name.length()) > NAME_MAX) {
			errors.add(field, "form.name.long", NAME_MAX);
		}
		else if (hasControlCharacters(name)) {
			errors.add(field, "form.controlCharacters");
		}
		return name;
	}

	/** The phone in international form (E.164), empty when none was given, or a message on {@code errors}. */
	public static Optional<String> phone(String typed, String defaultRegion, FormErrors errors, String field) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		if (typed.length() > 40 || hasControlCharacters(typed)) {
			errors.add(field, "form.phone.invalid");
			return Optional.empty();
		}
		try {
			Phonenumber.PhoneNumber number = PHONES.parse(typed.strip(), defaultRegion);
			if (!PHONES.isValidNumber(number)) {
				errors.add(field, "form.phone.invalid");
				return Optional.empty();
			}
			return Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
		}
		catch (NumberParseException e) {
			errors.add(field, "form.phone.invalid");
			return Optional.empty();
		}
	}

	/** True for text holding control or invisible format characters (the zero-width joiner of emoji aside). */
	public static boolean hasControlCharacters(String value) {
		return value.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
				|| Character.getType(c) == Character.FORMAT && c != 0x200D);
	}
}
