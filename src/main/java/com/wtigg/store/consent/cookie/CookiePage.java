package com.wtigg.store.consent.cookie;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.wtigg.store.shared.web.StoreCookie;

/**
 * The cookie page's content: every cookie of the registry ({@link StoreCookie}) with its category,
 * purpose (in the page's language) and lifetime, plus Google Analytics' cookies when a measurement
 * id is configured ({@code store.analytics.ga-measurement-id}), the current choice and its form.
 */
@Component
class CookiePage {

	/** Google's page of the browser add-on that opts out of Google Analytics everywhere. */
	static final String GA_OPT_OUT = "https://tools.google.com/dlpage/gaoptout";

	/** Google Analytics 4 keeps its cookies two years. */
	private static final Duration GA_LIFETIME = Duration.ofDays(730);

	private final String gaMeasurementId;

	private final CookieChoices choices;

	CookiePage(@Value("${store.analytics.ga-measurement-id:}") String gaMeasurementId, CookieChoices choices) {
		this.gaMeasurementId = gaMeasurementId.strip();
		this.choices = choices;
	}

	List<CookieRow> rows() {
		List<CookieRow> rows = new ArrayList<>();
		for (StoreCookie cookie : StoreCookie.values()) {
			rows.add(new CookieRow(cookie.cookieName(), cookie.category().name(), cookie.purposeKey(), cookie.purpose(),
					cookie.lifetime().toDays()));
		}
		if (gaConfigured()) {
			rows.add(new CookieRow("_ga", "ANALYTICS", "cookie.purpose.GA",
					"Google Analytics: tells visits of the same browser apart, under a random id.", GA_LIFETIME.toDays()));
			rows.add(new CookieRow("_ga_" + gaMeasurementId.replaceFirst("^G-", ""), "ANALYTICS", "cookie.purpose.GA_SESSION",
					"Google Analytics: keeps the state of the current visit.",
					GA_LIFETIME.toDays()));
		}
		return rows;
	}

	boolean gaConfigured() {
		return !gaMeasurementId.isEmpty();
	}

	/** Fills the model of the cookie page, with a message for bad input (or null); its view. */
	String render(HttpServletRequest request, Model model, @Nullable String error) {
		model.addAttribute("rows", rows());
		model.addAttribute("gaOptOut", gaConfigured() ? GA_OPT_OUT : null);
		model.addAttribute("state", choices.of(request));
		model.addAttribute("saleShareOptedOut", choices.saleShareOptedOut(request));
		model.addAttribute("receipt", choices.hasRecord(request));
		model.addAttribute("error", error);
		return "consent/cookies";
	}
}
