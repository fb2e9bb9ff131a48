package com.wtigg.store.shared.web;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Every cookie the store sets, with its category, purpose and lifetime. The cookie page is made
 * from this list, and a test fails when a response sets a cookie that is not on it.
 */
public enum StoreCookie {

	LANGUAGE("lang", Category.NECESSARY, "Remembers the language you chose for the store.", Duration.ofDays(365)),
	CART("cart", Category.NECESSARY, "Keeps the pieces in your shopping cart while you browse.", Duration.ofDays(30)),
	CSRF("csrf", Category.NECESSARY,
			"Proves that a form you send was made by this store, so that no other site can send it in your name.",
			Duration.ZERO),
	SESSION("session", Category.NECESSARY,
			"Keeps you signed in; it ends when you sign out or after 30 minutes without activity.", Duration.ZERO),
	DEVICE("device", Category.NECESSARY,
			"Recognises a browser you have signed in from before, so that we can warn you when your account is "
					+ "used from a new one.",
			Duration.ofDays(365)),
	BUYER("buyer", Category.NECESSARY,
			"Lets the browser that placed an order as a guest open that order's payment and confirmation pages.",
			Duration.ofDays(30)),
	// consent: cookie choice (begin)
	CONSENT("consent", Category.NECESSARY,
			"Remembers your cookie choice and any opt-out of sale or sharing, signed by the store, under a random id "
					+ "that names no one; it ends 12 months after your choice.",
			Duration.ofDays(365)),
	// consent: cookie choice (end)
	// --- analytics (issue 5): the pseudonymous visitor id of first-party usage analytics ---
	VISITOR("visitor", Category.ANALYTICS,
			"Counts your visits and pages viewed for our own usage statistics, under a random id that names no "
					+ "one; set only with your consent to analytics cookies.",
			Duration.ofDays(365));
	// --- end analytics ---

	/** Under TLS every cookie's name carries this prefix: secure, for this exact host, for the whole store. */
	public static final String SECURE_PREFIX = "__Host-";

	/** Cookie categories of the policy's section 8. */
	public enum Category {
		NECESSARY, ANALYTICS, MARKETING
	}

	private final String cookieName;

	private final Category category;

	private final String purpose;

	private final Duration lifetime;

	StoreCookie(String cookieName, Category category, String purpose, Duration lifetime) {
		this.cookieName = cookieName;
		this.category = category;
		this.purpose = purpose;
		this.lifetime = lifetime;
	}

	public String cookieName() {
		return cookieName;
	}

	public Category category() {
		return category;
	}

	public String purpose() {
		return purpose;
	}

	/** The cookie's name in this request: with the {@code __Host-} prefix when it came over TLS. */
	public String nameIn(HttpServletRequest request) {
		return request.isSecure() ? SECURE_PREFIX + cookieName : cookieName;
	}

	/** The registered cookie of this name, with or without the {@code __Host-} prefix. */
	public static Optional<StoreCookie> named(String name) {
		String plain = name.startsWith(SECURE_PREFIX) ? name.substring(SECURE_PREFIX.length()) : name;
		return java.util.Arrays.stream(values()).filter(c -> c.cookieName.equals(plain)).findFirst();
	}

	/** The cookie's value in a request, if the browser sent it. */
	public Optional<String> valueIn(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (nameIn(request).equals(cookie.getName())) {
					return Optional.of(cookie.getValue());
				}
			}
		}
		return Optional.empty();
	}

	/** The cookie's value as a UUID (the cart's id), if the browser sent one in that form. */
	public Optional<UUID> uuidIn(HttpServletRequest request) {
		return valueIn(request).filter(value -> value.length() == 36).flatMap(value -> {
			try {
				return Optional.of(UUID.fromString(value));
			}
			catch (IllegalArgumentException e) {
				return Optional.empty();
			}
		});
	}

	/** Sets the cookie for the whole store: HTTP-only, same-site, secure when the request came over TLS. */
	public void set(HttpServletRequest request, HttpServletResponse response, String value) {
		ResponseCookie cookie = ResponseCookie.from(nameIn(request), value)
			.path("/")
			.maxAge(lifetime)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	// consent: cookie choice (begin)
	/** As {@link #set}, for a cookie whose lifetime is configured rather than fixed. */
	public void set(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
		ResponseCookie cookie = ResponseCookie.from(nameIn(request), value)
			.path("/")
			.maxAge(maxAge)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** The key of the cookie's purpose among the store's texts, in every language. */
	public String purposeKey() {
		return "cookie.purpose." + name();
	}
	// consent: cookie choice (end)

	/** Tells the browser to drop the cookie. */
	public void clear(HttpServletRequest request, HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(nameIn(request), "").path("/").maxAge(0).httpOnly(true)
			.secure(request.isSecure()).sameSite("Lax").build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** How long the cookie lives; zero for a cookie that ends with the browser session. */
	public Duration lifetime() {
		return lifetime;
	}
}
