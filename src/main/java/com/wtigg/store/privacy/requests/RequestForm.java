package com.wtigg.store.privacy.requests;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.EmailAddress;

/**
 * A request as a person (or staff, for a mail or letter) filled it in, already checked.
 *
 * @param orderNumber one of the person's order numbers, or null
 * @param region the US state, or blank
 * @param details what to correct, which consent, anything the person adds; or null
 */
public record RequestForm(RequestType type, EmailAddress email, @Nullable String orderNumber, String country,
		String region, @Nullable String details, Locale language) {

	@Override
	public String toString() {
		return "RequestForm[" + type + ", " + country + "]";
	}
}
