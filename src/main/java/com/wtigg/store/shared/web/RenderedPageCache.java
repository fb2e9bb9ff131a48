package com.wtigg.store.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.wtigg.store.shared.Languages;

/**
 * Keeps the rendered HTML of public catalog pages, so that a page many shoppers ask for is
 * rendered once per change of the catalog instead of once per request.
 *
 * <p>A page is kept per address, language, cart badge and the visitor's cookie consent state (no
 * choice, the categories chosen, GPC), for guests only; only successful GETs
 * that set no cookie (but a new visitor's CSRF token) are kept. The CSRF token in its forms is cut out when a page is kept and the
 * current visitor's token put back each time it is served, and at most {@code capacity} pages (when full, it starts again empty). The module that owns the data behind the pages calls {@link #invalidate()}
 * when it changes; a page rendered before that call is never stored after it.
 */
public class RenderedPageCache extends OncePerRequestFilter {

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final List<String> cacheablePaths;

	private final LocaleResolver locales;

	private final List<CartBadge> cartBadges;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final int capacity;

	private final AtomicLong generation = new AtomicLong();

	// consent: cookie choice (begin)
	private final List<VisitorConsents> consents;

	RenderedPageCache(List<String> cacheablePaths, int capacity, LocaleResolver locales, List<CartBadge> cartBadges,
			List<VisitorConsents> consents) {
		this.consents = List.copyOf(consents);
		// consent: cookie choice (end)
		this.cacheablePaths = List.copyOf(cacheablePaths);
		this.capacity = capacity;
		this.locales = locales;
		this.cartBadges = List.copyOf(cartBadges);
	}

	/** Forgets every page; pages being rendered now will not be stored. */
	public void invalidate() {
		generation.incrementAndGet();
		entries.clear();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null
				|| request.getUserPrincipal() != null) {
			return true;
		}
		String path = request.getRequestURI();
		return cacheablePaths.stream().noneMatch(pattern -> PATHS.match(pattern, path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		long startedAt = generation.get();
		Entry cached = entries.get(key);
		if (cached != null && cached.generation() == startedAt) {
			byte[] token = FormToken.of(request).value().getBytes(StandardCharsets.US_ASCII);
			response.setContentType(cached.contentType());
			response.setContentLength(cached.length(token));
			var out = response.getOutputStream();
			for (int i = 0; i < cached.parts().size(); i++) {
				if (i > 0) {
					out.write(token);
				}
				out.write(cached.parts().get(i));
			}
			return;
		}
		ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorder);
		if (recorder.getStatus() == 200 && setsNoCookieButTheToken(recorder)
				&& recorder.getContentType() != null
				&& MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(recorder.getContentType()))
				&& generation.get() == startedAt) {
			if (entries.size() >= capacity) {
				entries.clear();
			}
			entries.put(key, Entry.of(recorder.getContentAsByteArray(), FormToken.of(request).value(),
					recorder.getContentType(), startedAt));
		}
		recorder.copyBodyToResponse();
	}

	/**
	 * Whether the page set no cookie but a new visitor's CSRF token: that one is set again, with
	 * the visitor's own value, each time the kept page is served.
	 */
	private static boolean setsNoCookieButTheToken(ContentCachingResponseWrapper response) {
		return response.getHeaders(HttpHeaders.SET_COOKIE).stream()
			.allMatch(cookie -> StoreCookie.named(cookie.substring(0, Math.max(cookie.indexOf('='), 0)))
				.filter(StoreCookie.CSRF::equals).isPresent());
	}

	private String key(HttpServletRequest request) {
		Locale locale = locales.resolveLocale(request);
		int cartCount = cartBadges.stream().mapToInt(b -> b.itemCount(request)).sum();
		StringBuilder key = new StringBuilder(Languages.tag(locale)).append('|').append(cartCount).append('|')
			// consent: cookie choice
			.append(consents.stream().map(c -> c.of(request).cacheKey()).findFirst().orElse("")).append('|')
			.append(request.getRequestURI());
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				key.append('&').append(name.length()).append(':').append(name)
					.append('=').append(value.length()).append(':').append(value);
			}
		});
		return key.toString();
	}

	/** A kept page, split where the CSRF token stood. */
	private record Entry(List<byte[]> parts, String contentType, long generation) {

		static Entry of(byte[] body, String token, String contentType, long generation) {
			if (token.isEmpty()) {
				return new Entry(List.of(body), contentType, generation);
			}
			String html = new String(body, StandardCharsets.UTF_8);
			List<byte[]> parts = new ArrayList<>();
			for (String part : html.split(Pattern.quote(token), -1)) {
				parts.add(part.getBytes(StandardCharsets.UTF_8));
			}
			return new Entry(List.copyOf(parts), contentType, generation);
		}

		int length(byte[] token) {
			int length = token.length * (parts.size() - 1);
			for (byte[] part : parts) {
				length += part.length;
			}
			return length;
		}
	}
}
