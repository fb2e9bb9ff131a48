package com.wtigg.store.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers that keep pages from running anything the store did not serve itself: a strict
 * Content-Security-Policy without inline scripts or styles, no framing, no type sniffing.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The policy when Stripe takes the payments: its Payment Element loads from js.stripe.com, runs
	 * in Stripe's frames and talks to Stripe's API; nothing else is allowed in.
	 */
	static final String CONTENT_SECURITY_POLICY_WITH_STRIPE = "default-src 'self'; script-src 'self' https://js.stripe.com; "
			+ "style-src 'self'; img-src 'self' data: https://*.stripe.com; font-src 'self'; "
			+ "connect-src 'self' https://api.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	// --- analytics (issue 5): Google Analytics' hosts, only when a measurement id is configured ---
	static final String GA_SCRIPT_HOSTS = " https://www.googletagmanager.com";

	static final String GA_CONNECT_HOSTS = " https://*.google-analytics.com https://*.analytics.google.com https://www.googletagmanager.com";

	/** The policy with Google Analytics' loader host in script-src and its collection hosts in connect-src. */
	static String withGoogleAnalytics(String policy) {
		return policy.replaceFirst("script-src 'self'", "script-src 'self'" + GA_SCRIPT_HOSTS)
			.replaceFirst("connect-src 'self'", "connect-src 'self'" + GA_CONNECT_HOSTS);
	}
	// --- end analytics ---

	private final String policy;

	SecurityHeadersFilter() {
		this(CONTENT_SECURITY_POLICY);
	}

	SecurityHeadersFilter(String policy) {
		this.policy = policy;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", policy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		}
		chain.doFilter(request, response);
	}
}
