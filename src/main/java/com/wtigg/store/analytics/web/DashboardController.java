package com.wtigg.store.analytics.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.consent.ConsentRate;
import com.wtigg.store.consent.CookieConsents;

/**
 * The analytics dashboard ({@code /admin/analytics}, admins and catalog managers): visits per day,
 * top searches, top pieces, the click-through rate of product tiles and the consent rates per
 * category, over the last 30 days or a range of up to 366 days. A wrong date: 400 with the message
 * beside the field, the form kept, the last 30 days shown. Consent rates come from
 * {@link CookieConsents#consentRates}; while it has no answer they are shown as not available.
 */
@Controller
class DashboardController {

	private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

	static final int DEFAULT_DAYS = 30;

	static final int MAX_DAYS = 366;

	private final DashboardQuery query;

	private final ObjectProvider<CookieConsents> consents;

	DashboardController(DashboardQuery query, ObjectProvider<CookieConsents> consents) {
		this.query = query;
		this.consents = consents;
	}

	@GetMapping("/admin/analytics")
	@PreAuthorize(AnalyticsNavigation.DASHBOARD_ROLES)
	String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model, HttpServletResponse response) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate end = date(to, today, "to", errors);
		LocalDate start = date(from, end.minusDays(DEFAULT_DAYS - 1), "from", errors);
		if (errors.isEmpty() && start.isAfter(end)) {
			errors.put("from", "analytics.admin.error.order");
		}
		else if (errors.isEmpty() && ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			errors.put("from", "analytics.admin.error.range");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			end = today;
			start = today.minusDays(DEFAULT_DAYS - 1);
		}
		model.addAttribute("dashboard", dashboard(from, to, errors, start, end));
		return "analytics/dashboard";
	}

	private Dashboard dashboard(String from, String to, Map<String, String> errors, LocalDate start, LocalDate end) {
		List<DashboardQuery.Day> days = query.days(start, end);
		List<String> labels = days.stream().map(d -> d.day().toString()).toList();
		List<ConsentRate> rates = consentRates(start, end);
		List<String> rateDays = rates == null ? List.of() : rates.stream().map(r -> r.day().toString()).toList();
		return new Dashboard(from, to, errors, start, end, days,
				new Chart("visits", labels, days.stream().map(d -> (double) d.views()).toList(), false),
				new Chart("ctr", labels, days.stream().map(DashboardQuery.Day::clickThrough).toList(), true),
				query.topSearches(start, end), query.topPieces(start, end), rates,
				rates == null ? null : new Chart("consent-analytics", rateDays, rates.stream().map(ConsentRate::analyticsRate).toList(), true),
				rates == null ? null : new Chart("consent-marketing", rateDays, rates.stream().map(ConsentRate::marketingRate).toList(), true));
	}

	/**
	 * The consent rates of the range; {@code null} (shown as "not available") while the consent
	 * module cannot answer, and when asking it fails: the rest of the dashboard is still shown.
	 */
	private List<ConsentRate> consentRates(LocalDate start, LocalDate end) {
		try {
			return consents.stream().findFirst().flatMap(c -> c.consentRates(start, end)).orElse(null);
		}
		catch (RuntimeException e) {
			log.warn("Consent rates could not be read ({}); the dashboard shows them as not available",
					e.getClass().getSimpleName());
			return null;
		}
	}

	private static LocalDate date(String text, LocalDate otherwise, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			errors.put(field, "analytics.admin.error.date");
			return otherwise;
		}
	}
}
