package com.wtigg.store.privacy.requests;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.web.FormErrors;

/**
 * Reads and checks the request form's fields; each problem is named beside its field.
 */
final class RequestFormReader {

	static final int DETAILS_MAX = 2000;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private RequestFormReader() {
	}

	/**
	 * @param email the signed-in account's address, or null to read it from the form
	 */
	static Optional<RequestForm> read(Map<String, String> typed, @Nullable EmailAddress email, Locale language,
			FormErrors errors) {
		Optional<RequestType> type = RequestType.parse(typed.getOrDefault("type", "")).filter(RequestType::ownRequest);
		if (type.isEmpty()) {
			errors.add("type", "privacy.request.error.type");
		}
		EmailAddress address = email;
		if (address == null) {
			String raw = typed.getOrDefault("email", "");
			address = EmailAddress.parse(raw).orElse(null);
			if (address == null) {
				errors.add("email", raw.isBlank() ? "form.email.missing" : "form.email.invalid");
			}
		}
		String number = typed.getOrDefault("orderNumber", "").strip();
		String orderNumber = null;
		if (!number.isEmpty()) {
			orderNumber = parseOrderNumber(number).orElse(null);
			if (orderNumber == null) {
				errors.add("orderNumber", "privacy.request.error.orderNumber");
			}
		}
		else if (email == null && type.isPresent() && type.get().discloses()) {
			errors.add("orderNumber", "privacy.request.error.orderNumberNeeded");
		}
		String country = typed.getOrDefault("country", "").strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			errors.add("country", "privacy.request.error.country");
		}
		String region = typed.getOrDefault("region", "").strip().toUpperCase(Locale.ROOT);
		if (!region.isEmpty() && !region.matches("[A-Z]{2}")) {
			errors.add("region", "privacy.request.error.region");
		}
		String details = typed.getOrDefault("details", "").strip();
		if (details.length() > DETAILS_MAX) {
			errors.add("details", "privacy.request.error.detailsLength", DETAILS_MAX);
		}
		else if (details.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			errors.add("details", "privacy.request.error.detailsControl");
		}
		if (type.isPresent() && type.get() == RequestType.CORRECTION && details.isEmpty()) {
			errors.add("details", "privacy.request.error.detailsNeeded");
		}
		if (errors.any()) {
			return Optional.empty();
		}
		return Optional.of(new RequestForm(type.get(), address, orderNumber, country, region,
				details.isEmpty() ? null : details, language));
	}

	/** The shape of an order number (the module that owns orders reads it exactly). */
	private static Optional<String> parseOrderNumber(String typed) {
		String text = typed.toUpperCase(Locale.ROOT).replace(" ", "");
		return text.length() <= 20 && text.matches("[A-Z0-9-]+") ? Optional.of(text) : Optional.empty();
	}
}
