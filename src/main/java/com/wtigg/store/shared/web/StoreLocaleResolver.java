package com.wtigg.store.shared.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

import com.wtigg.store.shared.Languages;

/**
 * The shopper's language: the one they chose (remembered in a necessary cookie), otherwise the
 * browser's Accept-Language, otherwise English.
 */
class StoreLocaleResolver implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (StoreCookie.LANGUAGE.cookieName().equals(cookie.getName())) {
					return Languages.closest(Locale.forLanguageTag(cookie.getValue()));
				}
			}
		}
		return fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	static Locale fromAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return Languages.ENGLISH;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String language = range.getRange().split("-")[0];
				if (range.getWeight() > 0 && ("zh".equalsIgnoreCase(language) || "en".equalsIgnoreCase(language))) {
					return Languages.closest(Locale.forLanguageTag(range.getRange()));
				}
			}
		}
		catch (IllegalArgumentException malformed) {
			return Languages.ENGLISH;
		}
		return Languages.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = Languages.closest(locale);
		ResponseCookie cookie = ResponseCookie.from(StoreCookie.LANGUAGE.cookieName(), Languages.tag(chosen))
			.path("/")
			.maxAge(StoreCookie.LANGUAGE.lifetime())
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}
}
