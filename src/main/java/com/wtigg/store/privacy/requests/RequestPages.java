package com.wtigg.store.privacy.requests;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.privacy.SubjectDirectory;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The privacy center's request form (DSR-CHANNELS). Signed in, a request is proven by the session
 * and acknowledged at once. Without an account, every request gets the same answer ("look in your
 * mailbox"), whether or not the store knows the address, and is proven by the link sent there;
 * the link's page asks for a click, so a mail scanner that opens links proves nothing.
 */
@Controller
class RequestPages {

	private final RequestIntake intake;

	private final RequestStore store;

	private final RequestThrottle throttle;

	private final java.util.List<SubjectDirectory> directories;

	RequestPages(RequestIntake intake, RequestStore store, RequestThrottle throttle,
			java.util.List<SubjectDirectory> directories) {
		this.intake = intake;
		this.store = store;
		this.throttle = throttle;
		this.directories = directories;
	}

	@GetMapping("/privacy/requests/new")
	String form(@RequestParam(defaultValue = "") String type, Model model) {
		Map<String, String> typed = new HashMap<>();
		RequestType.parse(type).ifPresent(t -> typed.put("type", t.code()));
		typed.put("country", "US");
		return page(model, typed, new FormErrors());
	}

	@PostMapping("/privacy/requests")
	String submit(@RequestParam Map<String, String> typed, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<SignedIn> me = SignedIn.current().filter(s -> !s.staff());
		@Nullable EmailAddress accountEmail = me.flatMap(s -> address(s)).orElse(null);
		FormErrors errors = new FormErrors();
		Optional<RequestForm> form = RequestFormReader.read(typed, accountEmail, locale, errors);
		if (form.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, typed, errors);
		}
		if (!throttle.allow(request.getRemoteAddr(), store.emailIndex(form.get().email()))) {
			response.setStatus(429);
			model.addAttribute("tooMany", true);
			return page(model, typed, errors);
		}
		if (me.isPresent() && accountEmail != null) {
			PrivacyRequest r = intake.submitSignedIn(me.get().subject(), form.get());
			return "redirect:/privacy?request=" + r.reference();
		}
		intake.submitUnproven(form.get(), RequestChannel.WEB_FORM, "visitor");
		return "privacy/request-sent";
	}

	@GetMapping("/privacy/requests/verify")
	String verifyPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		return "privacy/request-verify";
	}

	@PostMapping("/privacy/requests/verify")
	String verify(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
		Optional<PrivacyRequest> verified = intake.verify(token);
		if (verified.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "privacy/request-link-bad";
		}
		model.addAttribute("request", verified.get());
		return "privacy/request-verified";
	}

	@GetMapping("/privacy/requests/{reference}")
	String status(@PathVariable String reference, Model model) {
		SignedIn me = SignedIn.current().orElseThrow(NotFoundException::new);
		PrivacyRequest r = store.findByReference(reference).filter(x -> me.subject().equals(x.subject()))
			.orElseThrow(NotFoundException::new);
		model.addAttribute("request", r);
		model.addAttribute("events", store.events(r.id()));
		return "privacy/request-status";
	}

	private Optional<EmailAddress> address(SignedIn me) {
		return directories.stream().flatMap(d -> d.address(me.subject()).stream()).findFirst();
	}

	private String page(Model model, Map<String, String> typed, FormErrors errors) {
		boolean signedIn = SignedIn.current().filter(s -> !s.staff()).isPresent();
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("signedIn", signedIn);
		model.addAttribute("countries", CountryChoice.all(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		model.addAttribute("detailsMax", RequestFormReader.DETAILS_MAX);
		if (!model.containsAttribute("tooMany")) {
			model.addAttribute("tooMany", false);
		}
		return "privacy/request-new";
	}
}
