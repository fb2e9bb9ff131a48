package com.wtigg.store.consent.cookie;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Honours the Global Privacy Control signal on the server (SHR-NOSALE): when a browser's
 * {@code Sec-GPC: 1} appears (or goes away) the change is recorded once, and the consent cookie
 * remembers it so that later requests record nothing more. Static files are left alone, and so
 * are requests a page makes by itself (a beacon, a fetch: {@code Sec-Fetch-Mode} other than
 * {@code navigate}), whose headers a browser extension or a test's override may not reach: the
 * signal is a setting of the browser, read where the person navigates.
 */
class GpcFilter extends OncePerRequestFilter {

	private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/images/", "/favicon", "/actuator/");

	private final CookieChoiceService choices;

	private final LocaleResolver locales;

	GpcFilter(CookieChoiceService choices, LocaleResolver locales) {
		this.choices = choices;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		String mode = request.getHeader("Sec-Fetch-Mode");
		return STATIC.stream().anyMatch(path::startsWith) || (mode != null && !mode.equals("navigate"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		choices.honourGpc(request, response, locales.resolveLocale(request));
		chain.doFilter(request, response);
	}
}
