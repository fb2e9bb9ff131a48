package com.wtigg.store.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a submitted form, field by field, as message keys; the page shows each
 * message beside its field and keeps what the person typed (except passwords).
 */
public final class FormErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	private final Map<String, Object[]> arguments = new LinkedHashMap<>();

	public FormErrors add(String field, String messageKey, Object... args) {
		byField.putIfAbsent(field, messageKey);
		arguments.putIfAbsent(field, args);
		return this;
	}

	public boolean any() {
		return !byField.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	/** The message of a field in the page's language, or null. */
	public String message(PageContext ctx, String field) {
		String key = byField.get(field);
		return key == null ? null : ctx.t(key, arguments.get(field));
	}

	public Map<String, String> fields() {
		return Map.copyOf(byField);
	}
}
