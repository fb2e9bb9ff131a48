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
 * remembers it so that later requests record nothing more. Static files are left alone.
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
		return STATIC.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		choices.honourGpc(request, response, locales.resolveLocale(request));
		chain.doFilter(request, response);
	}
}
