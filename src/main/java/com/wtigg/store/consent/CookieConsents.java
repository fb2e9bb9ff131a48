package com.wtigg.store.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The visitor's cookie choice and sale/share opt-out, as other modules ask before processing for a
 * purpose that needs consent (analytics, marketing).
 */
public interface CookieConsents {

	/**
	 * The cookie choice this request carries: empty before a choice, after it expired (12 months)
	 * or when the consent cookie is forged or tampered with. GPC is applied: with {@code Sec-GPC: 1}
	 * marketing is off.
	 */
	Optional<CookieChoice> cookieChoice(HttpServletRequest request);

	/** Whether usage analytics may be recorded for this request (a live choice that allows it). */
	default boolean allowsAnalytics(HttpServletRequest request) {
		return cookieChoice(request).map(CookieChoice::analytics).orElse(false);
	}

	/** Whether the visitor (or signed-in subject) opted out of sale/share, by the page or by GPC. */
	boolean saleShareOptedOut(HttpServletRequest request);

	/**
	 * The cookie choices recorded per day from {@code from} to {@code to} (both included, UTC), one
	 * entry per day with choices, oldest first, for the analytics dashboard's consent rates; empty
	 * while the consent records cannot answer it.
	 */
	default Optional<List<ConsentRate>> consentRates(LocalDate from, LocalDate to) {
		return Optional.empty();
	}
}
