package com.wtigg.store.customer.account;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.web.FormErrors;

/**
 * A postal address of the address book, as the person wrote it.
 *
 * @param country ISO 3166 two-letter code
 */
public record PostalAddress(String recipient, String line1, @Nullable String line2, String city, @Nullable String region,
		String postalCode, String country, @Nullable String phone) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/** The address from a form, with each field's problem on {@code errors}. */
	public static PostalAddress of(String recipient, String line1, String line2, String city, String region,
			String postalCode, String country, String phone, FormErrors errors) {
		String name = PersonalInput.name(recipient, errors, "recipient");
		String street = required(line1, 200, "line1", errors);
		String more = optional(line2, 200, "line2", errors);
		String town = required(city, 100, "city", errors);
		String area = optional(region, 100, "region", errors);
		String code = required(postalCode, 20, "postalCode", errors);
		String land = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(land)) {
			errors.add("country", "address.country.invalid");
		}
		String number = PersonalInput.phone(phone, COUNTRIES.contains(land) ? land : "US", errors, "addressPhone")
			.orElse(null);
		return new PostalAddress(name, street, more, town, area, code, land, number);
	}

	private static String required(String value, int max, String field, FormErrors errors) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			errors.add(field, "address.missing");
		}
		else if (text.length() > max) {
			errors.add(field, "address.long", max);
		}
		else if (PersonalInput.hasControlCharacters(text)) {
			errors.add(field, "form.controlCharacters");
		}
		return text;
	}

	private static @Nullable String optional(String value, int max, String field, FormErrors errors) {
		return value == null || value.isBlank() ? null : required(value, max, field, errors);
	}

	@Override
	public String toString() {
		return "PostalAddress[redacted]";
	}
}
