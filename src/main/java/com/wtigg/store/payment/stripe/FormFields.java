package com.wtigg.store.payment.stripe;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of the form fields Stripe's client will send for a request's parameters, as Stripe
 * names them ({@code metadata[order_number]}, {@code expand[0]}), for the check against the
 * processor register. Only the names: the values are left to stripe-java.
 */
final class FormFields {

	private FormFields() {
	}

	static Set<String> of(Map<String, Object> params) {
		Set<String> names = new TreeSet<>();
		collect("", params, names);
		return names;
	}

	private static void collect(String prefix, Object value, Set<String> names) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, inner) -> collect(prefix.isEmpty() ? String.valueOf(key) : prefix + "[" + key + "]", inner, names));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				collect(prefix + "[" + i + "]", list.get(i), names);
			}
		}
		else if (value != null) {
			names.add(prefix);
		}
	}
}
