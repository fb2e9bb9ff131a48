package com.wtigg.store.consent.cookie;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.wtigg.store.shared.web.LocalPath;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * The cookie choice of the banner and of the cookie page, the cookie page itself ({@code /cookies},
 * its choice form at {@code #choice}) and the consent receipt ({@code GET /cookies/receipt}).
 *
 * <p>The choice is a plain form, so it works without JavaScript; other modules' tests drive it too,
 * and its fields stay as they are:
 * <pre>
 * POST /cookies/choice   (application/x-www-form-urlencoded, the CSRF token in _csrf)
 *   choice     accept-all | reject-all | custom        required
 *   analytics  on | true   allows analytics cookies   read with choice=custom only; absent = not allowed
 *   marketing  on | true   allows marketing cookies   read with choice=custom only; absent = not allowed
 *   back       a path of this store to return to      optional, default "/", at most 500 characters
 * </pre>
 * A good choice is recorded (a {@code cookie_consent} row), the signed {@code consent} cookie is
 * set and the answer redirects (302) to {@code back}. Bad input (an unknown choice, a category value
 * other than {@code on}/{@code true}, oversized fields) answers 400 with the cookie page and its
 * message, and records nothing; a form without the CSRF token is refused (403) by Spring Security.
 * With {@code Sec-GPC: 1} marketing stays off whatever is sent. "Reject all" after a choice that
 * allowed something is recorded as a withdrawal (DSR-WITHDRAW).
 */
@Controller
class CookieChoiceController {

	static final int MAX_FIELD = 500;

	private static final Set<String> ON = Set.of("on", "true");

	private final CookieChoiceService choices;

	private final CookiePage page;

	private final ConsentReceipts receipts;

	CookieChoiceController(CookieChoiceService choices, CookiePage page, ConsentReceipts receipts) {
		this.choices = choices;
		this.page = page;
		this.receipts = receipts;
	}

	@GetMapping("/cookies")
	String cookies(HttpServletRequest request, Model model) {
		return page.render(request, model, null);
	}

	@PostMapping("/cookies/choice")
	String choose(@RequestParam(required = false) String choice, @RequestParam(required = false) String analytics,
			@RequestParam(required = false) String marketing, @RequestParam(defaultValue = "/") String back,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		Optional<ConsentMethod> method = choice == null || choice.length() > MAX_FIELD ? Optional.empty()
				: ConsentMethod.chosen(choice);
		Optional<Boolean> analyticsOn = flag(analytics);
		Optional<Boolean> marketingOn = flag(marketing);
		if (method.isEmpty() || analyticsOn.isEmpty() || marketingOn.isEmpty() || back.length() > MAX_FIELD) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page.render(request, model, "consent.choice.invalid");
		}
		boolean all = method.get() == ConsentMethod.ACCEPT_ALL;
		boolean custom = method.get() == ConsentMethod.CUSTOM;
		choices.choose(request, response, method.get(), all || custom && analyticsOn.get(),
				all || custom && marketingOn.get(), locale);
		return "redirect:" + LocalPath.orHome(back);
	}

	/** A checkbox's value: absent is off, {@code on}/{@code true} is on, anything else is bad input. */
	private static Optional<Boolean> flag(String value) {
		if (value == null || value.isEmpty()) {
			return Optional.of(false);
		}
		return ON.contains(value) ? Optional.of(true) : Optional.empty();
	}

	/** The receipt of the current choice as a JSON download; 404 before any choice. */
	@GetMapping("/cookies/receipt")
	ResponseEntity<String> receipt(HttpServletRequest request) {
		ConsentRecord record = choices.currentRecord(request).orElseThrow(NotFoundException::new);
		String base = ServletUriComponentsBuilder.fromContextPath(request).replacePath("").toUriString();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"consent-receipt.json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(receipts.json(record, base));
	}
}
