package com.wtigg.store.payment.paypal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paths of the values in a JSON request body as the processor register names them
 * ({@code purchase_units[].amount.value}).
 */
final class JsonPaths {

	private JsonPaths() {
	}

	static Set<String> of(Map<String, ?> body) {
		Set<String> paths = new TreeSet<>();
		collect("", body, paths);
		return paths;
	}

	private static void collect(String prefix, Object value, Set<String> paths) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, inner) -> collect(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, inner, paths));
		}
		else if (value instanceof List<?> list) {
			list.forEach(item -> collect(prefix + "[]", item, paths));
		}
		else if (value != null) {
			paths.add(prefix);
		}
	}
}
