package com.wtigg.store.shared;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.web.FormErrors;

/**
 * A postal address as the person wrote it (the address book's entries, an order's shipping and
 * billing addresses), checked field by field: the postal code has the shape of its country's.
 *
 * @param country ISO 3166 two-letter code
 */
public record PostalAddress(String recipient, String line1, @Nullable String line2, String city, @Nullable String region,
		String postalCode, String country, @Nullable String phone) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/** The address from a form, with each field's problem on {@code errors} (under the form's field names). */
	public static PostalAddress of(String recipient, String line1, String line2, String city, String region,
			String postalCode, String country, String phone, FormErrors errors) {
		return of(recipient, line1, line2, city, region, postalCode, country, phone, errors, "");
	}

	/**
	 * The same, for a form with more than one address: each field's name carries the prefix
	 * ({@code shipping} gives {@code shippingLine1}, {@code shippingPostalCode}, …).
	 */
	public static PostalAddress of(String recipient, String line1, String line2, String city, String region,
			String postalCode, String country, String phone, FormErrors errors, String prefix) {
		String name = PersonalText.name(recipient, errors, field(prefix, "recipient"));
		String street = required(line1, 200, field(prefix, "line1"), errors);
		String more = optional(line2, 200, field(prefix, "line2"), errors);
		String town = required(city, 100, field(prefix, "city"), errors);
		String area = optional(region, 100, field(prefix, "region"), errors);
		String land = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
		boolean known = COUNTRIES.contains(land);
		if (!known) {
			errors.add(field(prefix, "country"), "address.country.invalid");
		}
		String code = postalCode(postalCode, known ? land : "", field(prefix, "postalCode"), errors);
		String number = PersonalText.phone(phone, known ? land : "US", errors, field(prefix, "addressPhone"))
			.orElse(null);
		return new PostalAddress(name, street, more, town, area, code, land, number);
	}

	/** Whether the address is in the country. */
	public boolean in(String code) {
		return country.equals(code);
	}

	private static String field(String prefix, String name) {
		return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static String postalCode(String typed, String country, String field, FormErrors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			if (!PostalCodes.noneIn(country)) {
				errors.add(field, "address.missing");
			}
			return "";
		}
		if (text.length() > 20 || PersonalText.hasControlCharacters(text)) {
			errors.add(field, "address.postalCode.invalid");
			return text;
		}
		return PostalCodes.normalize(country, text).orElseGet(() -> {
			errors.add(field, "address.postalCode.invalid");
			return text;
		});
	}

	private static String required(String value, int max, String field, FormErrors errors) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			errors.add(field, "address.missing");
		}
		else if (text.length() > max) {
			errors.add(field, "address.long", max);
		}
		else if (PersonalText.hasControlCharacters(text)) {
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
