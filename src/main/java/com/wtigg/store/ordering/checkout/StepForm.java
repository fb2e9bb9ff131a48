package com.wtigg.store.ordering.checkout;

import java.text.Collator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.wtigg.store.shared.web.FormErrors;

/**
 * A checkout step's form as the page shows it: what the person typed (or what was saved before)
 * and the problem of each field.
 */
public record StepForm(Map<String, String> values, FormErrors errors) {

	/** A country of the address lists, named in the page's language. */
	public record Country(String code, String name) {
	}

	public static StepForm of(Map<String, String> values) {
		return new StepForm(new HashMap<>(values), new FormErrors());
	}

	public String value(String name) {
		String value = values.get(name);
		return value == null ? "" : value;
	}

	public boolean checked(String name) {
		return "yes".equals(values.get(name)) || "on".equals(values.get(name)) || "true".equals(values.get(name));
	}

	/** Every country, sorted by its name in the language. */
	public static List<Country> countries(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
			.sorted((a, b) -> collator.compare(a.name(), b.name()))
			.toList();
	}

	@Override
	public String toString() {
		return "StepForm[redacted]";
	}
}
