package com.wtigg.store.privacy.requests;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.privacy.SubjectDirectory;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reporting an account as a child's (MIN-DELETE): a parent or guardian through {@code /privacy/minors},
 * proven by the link to their own address, or a staff member from the back office. Once the
 * privacy officer confirms, the account is erased at once, whatever its retention.
 */
@Controller
class MinorReports {

	private final RequestIntake intake;

	private final RequestStore store;

	private final RequestThrottle throttle;

	private final List<SubjectDirectory> directories;

	MinorReports(RequestIntake intake, RequestStore store, RequestThrottle throttle, List<SubjectDirectory> directories) {
		this.intake = intake;
		this.store = store;
		this.throttle = throttle;
		this.directories = directories;
	}

	@GetMapping("/privacy/minors")
	String form(Model model) {
		return page(model, new HashMap<>(Map.of("country", "US")), new FormErrors());
	}

	@PostMapping("/privacy/minors")
	String report(@RequestParam Map<String, String> typed, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		FormErrors errors = new FormErrors();
		Map<String, String> fields = new HashMap<>(typed);
		String relation = typed.getOrDefault("relation", "");
		if (!relation.equals("parent") && !relation.equals("guardian")) {
			errors.add("relation", "privacy.minor.error.relation");
		}
		Optional<EmailAddress> child = child(typed.getOrDefault("childEmail", ""), errors);
		fields.put("type", RequestType.DELETION.code());
		fields.put("details", relation + ": " + typed.getOrDefault("details", "").strip());
		Optional<RequestForm> form = RequestFormReader.read(fields, null, locale, errors);
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, typed, errors);
		}
		if (!throttle.allow(request.getRemoteAddr(), store.emailIndex(form.get().email()))) {
			response.setStatus(429);
			return "privacy/request-too-many";
		}
		RequestForm f = form.get();
		intake.reportMinor(new RequestForm(RequestType.MINOR_ERASURE, f.email(), null, f.country(), f.region(), f.details(),
				f.language()), child.get());
		return "privacy/request-sent";
	}

	@PostMapping("/admin/privacy/minors")
	@PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER', 'SUPPORT_AGENT')")
	String reportByStaff(@RequestParam(defaultValue = "") String childEmail, @RequestParam(defaultValue = "") String note,
			HttpServletResponse response, Model model) {
		SignedIn me = SignedIn.current().orElseThrow();
		FormErrors errors = new FormErrors();
		Optional<EmailAddress> child = child(childEmail, errors);
		if (note.isBlank() || note.length() > RequestFormReader.DETAILS_MAX) {
			errors.add("note", "privacy.admin.error.reason");
		}
		Optional<EmailAddress> mine = directories.stream().flatMap(d -> d.address(me.subject()).stream()).findFirst();
		if (errors.any() || mine.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors);
			model.addAttribute("childEmail", childEmail);
			model.addAttribute("note", note);
			return "privacy/admin-minor";
		}
		PrivacyRequest r = intake.reportMinorByStaff(me.subject(), mine.get(), child.get(), note.strip());
		return "redirect:/admin/privacy/requests/" + r.reference();
	}

	@GetMapping("/admin/privacy/minors")
	@PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER', 'SUPPORT_AGENT')")
	String staffForm(Model model) {
		model.addAttribute("errors", new FormErrors());
		model.addAttribute("childEmail", "");
		model.addAttribute("note", "");
		return "privacy/admin-minor";
	}

	private static Optional<EmailAddress> child(String typed, FormErrors errors) {
		Optional<EmailAddress> child = EmailAddress.parse(typed);
		if (child.isEmpty()) {
			errors.add("childEmail", typed.isBlank() ? "form.email.missing" : "form.email.invalid");
		}
		return child;
	}

	private static String page(Model model, Map<String, String> typed, FormErrors errors) {
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("countries", CountryChoice.all(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		return "privacy/minor-report";
	}
}
