package com.wtigg.store.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
		return StoreCookie.LANGUAGE.valueIn(request)
			.map(tag -> Languages.closest(Locale.forLanguageTag(tag)))
			.orElseGet(() -> fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
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
		StoreCookie.LANGUAGE.set(request, response, Languages.tag(Languages.closest(locale)));
	}
}
