package com.wtigg.store.ordering.checkout;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.PostalAddress;
import com.wtigg.store.shared.web.FormErrors;

/**
 * Reads and fills the address fields of the contact step, named with a prefix
 * ({@code shippingLine1}, {@code billingPostalCode}, …).
 */
final class AddressForms {

	static final String[] FIELDS = { "recipient", "line1", "line2", "city", "region", "postalCode", "country", "addressPhone" };

	private AddressForms() {
	}

	static String name(String prefix, String field) {
		return prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}

	static PostalAddress read(Map<String, String> form, String prefix, FormErrors errors) {
		return PostalAddress.of(get(form, prefix, "recipient"), get(form, prefix, "line1"), get(form, prefix, "line2"),
				get(form, prefix, "city"), get(form, prefix, "region"), get(form, prefix, "postalCode"),
				get(form, prefix, "country"), get(form, prefix, "addressPhone"), errors, prefix);
	}

	/** The form's values of an address saved before. */
	static Map<String, String> values(String prefix, @Nullable PostalAddress a) {
		Map<String, String> values = new HashMap<>();
		if (a != null) {
			put(values, prefix, "recipient", a.recipient());
			put(values, prefix, "line1", a.line1());
			put(values, prefix, "line2", a.line2());
			put(values, prefix, "city", a.city());
			put(values, prefix, "region", a.region());
			put(values, prefix, "postalCode", a.postalCode());
			put(values, prefix, "country", a.country());
			put(values, prefix, "addressPhone", a.phone());
		}
		return values;
	}

	private static void put(Map<String, String> values, String prefix, String field, @Nullable String value) {
		if (value != null) {
			values.put(name(prefix, field), value);
		}
	}

	private static String get(Map<String, String> form, String prefix, String field) {
		String value = form.get(name(prefix, field));
		return value == null ? "" : value;
	}
}
