package com.wtigg.store.analytics.recording;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.wtigg.store.analytics.recording.AnalyticsPermission.Audience;
import com.wtigg.store.shared.web.StoreCookie;

/**
 * Counts a page view once its response is decided, cached pages included (COL-USAGE): a GET of a
 * recorded page that ends in a 200 HTML page, with analytics consent and not for a restricted
 * subject. It only queues the event; the request never writes to the database. An anonymous
 * visitor gets the pseudonymous {@code visitor} cookie with consent and loses it without.
 */
class PageViewFilter extends OncePerRequestFilter {

	private final AnalyticsPermission permission;

	private final RecordedPaths paths;

	private final RequestFacts facts;

	private final EventWriter writer;

	PageViewFilter(AnalyticsPermission permission, RecordedPaths paths, RequestFacts facts, EventWriter writer) {
		this.permission = permission;
		this.paths = paths;
		this.facts = facts;
		this.writer = writer;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null
				|| !paths.recorded(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Audience audience = permission.of(request);
		if (!audience.allowed()) {
			if (StoreCookie.VISITOR.valueIn(request).isPresent()) {
				StoreCookie.VISITOR.clear(request, response); // consent withdrawn or restricted: forget the id
			}
			chain.doFilter(request, response);
			return;
		}
		UUID visitor = audience.anonymous() ? visitorId(request, response) : null;
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_OK && html(response.getContentType())) {
			writer.offer(new UsageEvent(Instant.now(), "page_view", request.getRequestURI(), searchQuery(request), null,
					null, RequestFacts.referrer(request), facts.device(request),
					RequestFacts.truncatedAddress(request.getRemoteAddr()), visitor, audience.subject(), null));
		}
	}

	/** The visitor's pseudonymous id from its cookie; a new one, set in the cookie, when there is none. */
	static UUID visitorId(HttpServletRequest request, HttpServletResponse response) {
		return StoreCookie.VISITOR.uuidIn(request).orElseGet(() -> {
			UUID fresh = UUID.randomUUID();
			StoreCookie.VISITOR.set(request, response, fresh.toString());
			return fresh;
		});
	}

	private static String searchQuery(HttpServletRequest request) {
		return "/search".equals(request.getRequestURI()) ? RequestFacts.searchQuery(request.getParameter("q")) : null;
	}

	private static boolean html(String contentType) {
		try {
			return contentType != null && MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (org.springframework.util.InvalidMimeTypeException e) {
			return false;
		}
	}
}
