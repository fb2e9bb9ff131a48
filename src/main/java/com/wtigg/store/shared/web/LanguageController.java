package com.wtigg.store.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switch in every page's header: remembers the choice and returns to the page.
 */
@Controller
class LanguageController {

	private final LocaleResolver locales;

	LanguageController(LocaleResolver locales) {
		this.locales = locales;
	}

	@PostMapping("/language")
	String choose(@RequestParam(name = "lang", defaultValue = "en") String lang,
			@RequestParam(name = "back", defaultValue = "/") String back, HttpServletRequest request,
			HttpServletResponse response) {
		locales.setLocale(request, response, Locale.forLanguageTag(lang));
		return "redirect:" + LocalPath.orHome(back);
	}
}
