package com.wtigg.store.privacy.requests;

import java.util.Locale;
import java.util.Set;

/**
 * The law whose deadline a request follows, from the subject's country (and, in the United States,
 * the state): the EU and EEA (GDPR), California (CCPA), China (PIPL), and everywhere else the
 * policy's own promise.
 */
public enum Jurisdiction {

	EU_EEA, CALIFORNIA, CHINA, ELSEWHERE;

	private static final Set<String> EU_EEA_COUNTRIES = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
			"FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
			// the EEA beyond the EU
			"IS", "LI", "NO");

	/**
	 * @param country ISO 3166-1 alpha-2
	 * @param region the US state's two-letter code, or blank
	 */
	public static Jurisdiction of(String country, String region) {
		String c = country.strip().toUpperCase(Locale.ROOT);
		if (EU_EEA_COUNTRIES.contains(c)) {
			return EU_EEA;
		}
		if (c.equals("CN")) {
			return CHINA;
		}
		if (c.equals("US") && region != null && region.strip().equalsIgnoreCase("CA")) {
			return CALIFORNIA;
		}
		return ELSEWHERE;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
