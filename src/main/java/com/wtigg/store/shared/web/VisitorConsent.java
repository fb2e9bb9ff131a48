package com.wtigg.store.shared.web;

/**
 * What a page shows of the visitor's cookie consent: the banner until a live choice is made, and
 * the notice that the browser's Global Privacy Control signal is honoured. Pages vary by it (the
 * rendered-page cache keys on {@link #cacheKey()}). Provided by the consent module.
 *
 * @param chosen whether a live cookie choice exists (no banner then)
 * @param analytics whether that choice allows analytics cookies and scripts
 * @param marketing whether marketing is allowed (never with GPC on)
 * @param gpc whether this request carried {@code Sec-GPC: 1}
 */
public record VisitorConsent(boolean chosen, boolean analytics, boolean marketing, boolean gpc) {

	/** Before any choice: necessary cookies only. */
	public static final VisitorConsent NONE = new VisitorConsent(false, false, false, false);

	public boolean bannerShown() {
		return !chosen;
	}

	/** A short key telling every state that renders differently apart. */
	public String cacheKey() {
		return (chosen ? (analytics ? "a" : "-") + (marketing ? "m" : "-") : "?") + (gpc ? "g" : "");
	}
}
