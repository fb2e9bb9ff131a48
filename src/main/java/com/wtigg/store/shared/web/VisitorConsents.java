package com.wtigg.store.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** The visitor's cookie consent as pages show it; provided by the consent module. */
public interface VisitorConsents {

	VisitorConsent of(HttpServletRequest request);
}
