package com.wtigg.store.consent.cookie;

import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.wtigg.store.customer.CustomerApi;
import com.wtigg.store.shared.PostalAddress;
import com.wtigg.store.shared.security.SignedIn;

/**
 * The legal regime a consent is recorded under: {@code EU/EEA}, {@code US-CA}, {@code CN} or
 * {@code OTHER}. The store asks no one where they are, so this is a heuristic: a signed-in
 * customer's first address in their address book decides when there is one (a US address counts as
 * {@code US-CA} only in California); otherwise the first region named in the browser's
 * {@code Accept-Language} header ({@code zh-CN} is China, {@code de-AT} is the EU). A US region
 * there counts as {@code US-CA}, since the header cannot tell the state and California's rules are
 * the strictest the store answers to; a language without a region counts as {@code OTHER}. The
 * consent asked for is the same everywhere; the jurisdiction only says which law a record proves.
 */
@Component
class Jurisdictions {

	static final String EU = "EU/EEA";

	static final String CALIFORNIA = "US-CA";

	static final String CHINA = "CN";

	static final String OTHER = "OTHER";

	/** The member states of the European Union and the other states of the European Economic Area. */
	private static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
			"HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

	private final CustomerApi customers;

	Jurisdictions(CustomerApi customers) {
		this.customers = customers;
	}

	String of(HttpServletRequest request) {
		Optional<PostalAddress> address = SignedIn.current()
			.flatMap(s -> customers.profile(s.subject()))
			.flatMap(p -> p.addresses().stream().findFirst());
		if (address.isPresent()) {
			PostalAddress a = address.get();
			if ("US".equals(a.country())) {
				String state = a.region() == null ? "" : a.region().strip();
				return state.equalsIgnoreCase("CA") || state.equalsIgnoreCase("California") ? CALIFORNIA : OTHER;
			}
			return ofCountry(a.country());
		}
		return ofCountry(firstRegion(request));
	}

	static String ofCountry(String country) {
		if (country == null || country.isEmpty()) {
			return OTHER;
		}
		if (EEA.contains(country)) {
			return EU;
		}
		return switch (country) {
			case "CN" -> CHINA;
			case "US" -> CALIFORNIA;
			default -> OTHER;
		};
	}

	private static String firstRegion(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return "";
		}
		Enumeration<Locale> locales = request.getLocales();
		while (locales.hasMoreElements()) {
			String country = locales.nextElement().getCountry();
			if (!country.isEmpty()) {
				return country.toUpperCase(Locale.ROOT);
			}
		}
		return "";
	}
}
