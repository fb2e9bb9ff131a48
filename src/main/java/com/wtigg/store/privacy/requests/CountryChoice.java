package com.wtigg.store.privacy.requests;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A country in the request form's list, named in the page's language. */
public record CountryChoice(String code, String name) {

	static List<CountryChoice> all(Locale language) {
		Collator collator = Collator.getInstance(language);
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new CountryChoice(code, Locale.of("", code).getDisplayCountry(language)))
			.sorted(Comparator.comparing(CountryChoice::name, collator))
			.toList();
	}
}
