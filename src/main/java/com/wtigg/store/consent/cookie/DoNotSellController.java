package com.wtigg.store.consent.cookie;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * "Do Not Sell or Share My Personal Information" (SHR-NOSALE): the page shows whether this visitor
 * has opted out (by the page, by GPC, or as a signed-in customer on any browser) and records the
 * opt-out with one button, by subject when signed in and by the browser's anonymous id otherwise.
 * The store sells nothing and shares nothing for cross-context advertising, and says so; it still
 * records the opt-out, so that it would hold should that ever change. Also answers
 * {@code /.well-known/gpc.json}, the site's statement that it honours Global Privacy Control.
 */
@Controller
class DoNotSellController {

	private final JsonMapper json = JsonMapper.builder().build();

	private final CookieChoiceService service;

	private final CookieChoices choices;

	private final LocalDate gpcLastUpdate;

	DoNotSellController(CookieChoiceService service, CookieChoices choices,
			@Value("${store.consent.gpc-last-update:2026-12-03}") LocalDate gpcLastUpdate) {
		this.service = service;
		this.choices = choices;
		this.gpcLastUpdate = gpcLastUpdate;
	}

	@GetMapping("/privacy/do-not-sell")
	String page(HttpServletRequest request, Model model) {
		model.addAttribute("optedOut", choices.saleShareOptedOut(request));
		model.addAttribute("state", choices.of(request));
		return "consent/do-not-sell";
	}

	@PostMapping("/privacy/do-not-sell")
	String optOut(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		service.optOutOfSaleShare(request, response, locale);
		return "redirect:/privacy/do-not-sell?done";
	}

	@GetMapping("/.well-known/gpc.json")
	ResponseEntity<String> gpc() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.body(json.writeValueAsString(new GpcStatement(true, gpcLastUpdate.toString())));
	}

	/** The GPC support resource's body, as the GPC specification names its members. */
	record GpcStatement(boolean gpc, String lastUpdate) {
	}
}
