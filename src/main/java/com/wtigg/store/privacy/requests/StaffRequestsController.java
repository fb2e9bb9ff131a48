package com.wtigg.store.privacy.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /admin/privacy/requests}: the privacy officer's queue. Filter by type, status and due date,
 * days left coloured; a request's page shows its course and its personal fields (each view is
 * written to its trail), and carries it out, refuses it or puts it off, each with a written reason;
 * requests that came by email or post are entered here, and still go through the email link.
 */
@Controller
@RequestMapping("/admin/privacy/requests")
@PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER')")
class StaffRequestsController {

	static final int REASON_MAX = 2000;

	private final RequestStore store;

	private final RequestDecisions decisions;

	private final RequestIntake intake;

	private final RequestSettings settings;

	private final Clock clock;

	private final ProcessorNotices notices;

	private final StaffNames names;

	private final ExportProgress exports;

	StaffRequestsController(RequestStore store, RequestDecisions decisions, RequestIntake intake,
			RequestSettings settings, Clock clock, ProcessorNotices notices, StaffNames names, ExportProgress exports) {
		this.exports = exports;
		this.notices = notices;
		this.names = names;
		this.store = store;
		this.decisions = decisions;
		this.intake = intake;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String dueBy, @RequestParam(defaultValue = "") String assigned,
			HttpServletResponse response, Model model) {
		FormErrors errors = new FormErrors();
		RequestFilter filter = StaffRequestFilter.read(type, status, dueBy, assigned, me().subject(), errors);
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		LocalDate today = today();
		StaffNames.OnDuty staff = names.readBy(me().subject());
		model.addAttribute("rows", store.list(filter).stream().map(r -> StaffRequestRow.of(r, today, staff)).toList());
		model.addAttribute("type", type);
		model.addAttribute("status", status);
		model.addAttribute("dueBy", dueBy);
		model.addAttribute("assigned", assigned);
		model.addAttribute("exports", exports.now());
		model.addAttribute("errors", errors);
		model.addAttribute("typed", Map.of("country", "US"));
		model.addAttribute("countries", CountryChoice.all(Locale.ENGLISH));
		return "privacy/admin-requests";
	}

	@GetMapping("/{reference}")
	String detail(@PathVariable String reference, Model model) {
		PrivacyRequest r = find(reference);
		store.event(r.id(), me().actor(), "viewed by staff", clock.instant());
		return detail(model, r, new FormErrors(), Map.of());
	}

	@PostMapping("/{reference}/carry-out")
	String carryOut(@PathVariable String reference, @RequestParam(defaultValue = "") String reason,
			HttpServletResponse response, Model model) {
		PrivacyRequest r = find(reference);
		FormErrors errors = reason(reason, "reason");
		if (r.status() != RequestStatus.OPEN) {
			errors.add("reason", "privacy.admin.error.notOpen");
		}
		else if (decisions.holdReason(r).isPresent()) {
			errors.add("reason", "privacy.admin.error.hold");
		}
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return detail(model, r, errors, Map.of("reason", reason));
		}
		decisions.carryOut(r, me().actor(), reason.strip());
		return "redirect:/admin/privacy/requests/" + r.reference();
	}

	@PostMapping("/{reference}/refuse")
	String refuse(@PathVariable String reference, @RequestParam(defaultValue = "") String refusal,
			HttpServletResponse response, Model model) {
		PrivacyRequest r = find(reference);
		FormErrors errors = reason(refusal, "refusal");
		if (r.status().closed()) {
			errors.add("refusal", "privacy.admin.error.closed");
		}
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return detail(model, r, errors, Map.of("refusal", refusal));
		}
		decisions.refuse(r, refusal.strip(), me().actor());
		return "redirect:/admin/privacy/requests/" + r.reference();
	}

	@PostMapping("/{reference}/extend")
	String extend(@PathVariable String reference, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String extension, HttpServletResponse response, Model model) {
		PrivacyRequest r = find(reference);
		FormErrors errors = reason(extension, "extension");
		Optional<LocalDate> day = StaffRequestFilter.parse(to);
		if (day.isEmpty()) {
			errors.add("to", "privacy.admin.error.date");
		}
		else if (r.status() != RequestStatus.OPEN || r.extended() || r.dueOn() == null || !day.get().isAfter(r.dueOn())
				|| day.get().isAfter(r.latestDueOn())) {
			errors.add("to", "privacy.admin.error.extension", String.valueOf(r.latestDueOn()));
		}
		if (errors.any() || !decisions.extend(r, day.get(), extension.strip(), me().actor())) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return detail(model, r, errors, Map.of("to", to, "extension", extension));
		}
		return "redirect:/admin/privacy/requests/" + r.reference();
	}

	@PostMapping("/{reference}/assign")
	String assign(@PathVariable String reference, HttpServletResponse response, Model model) {
		PrivacyRequest r = find(reference);
		if (r.status().closed()) {
			return closed(r, response, model);
		}
		decisions.assign(r, me().subject(), me().actor());
		return "redirect:/admin/privacy/requests/" + r.reference();
	}

	@PostMapping("/{reference}/release")
	String release(@PathVariable String reference, HttpServletResponse response, Model model) {
		PrivacyRequest r = find(reference);
		if (r.status().closed()) {
			return closed(r, response, model);
		}
		if (r.assignedTo() != null) {
			decisions.release(r, me().actor());
		}
		return "redirect:/admin/privacy/requests/" + r.reference();
	}

	private String closed(PrivacyRequest r, HttpServletResponse response, Model model) {
		FormErrors errors = new FormErrors();
		errors.add("assign", "privacy.admin.error.closed");
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return detail(model, r, errors, Map.of());
	}

	/** A request that came by email or post: entered, then proven by the email link like any other. */
	@PostMapping
	String enter(@RequestParam Map<String, String> typed, HttpServletResponse response, Model model) {
		FormErrors errors = new FormErrors();
		Optional<RequestChannel> channel = RequestChannel.parse(typed.getOrDefault("channel", ""))
			.filter(RequestChannel::enteredByStaff);
		if (channel.isEmpty()) {
			errors.add("channel", "privacy.admin.error.channel");
		}
		Locale language = "zh-CN".equals(typed.get("language")) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		Optional<RequestForm> form = RequestFormReader.read(typed, null, language, errors);
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			String page = list("", "", "", "", response, model);
			model.addAttribute("errors", errors);
			model.addAttribute("typed", typed);
			return page;
		}
		PrivacyRequest r = intake.submitUnproven(form.get(), channel.get(), me().actor());
		return "redirect:/admin/privacy/requests/" + r.reference();
	}

	private String detail(Model model, PrivacyRequest r, FormErrors errors, Map<String, String> typed) {
		model.addAttribute("request", r);
		model.addAttribute("email", store.email(r).map(e -> e.value()).orElse(""));
		model.addAttribute("details", store.details(r).orElse(""));
		model.addAttribute("orderNumber", store.orderNumber(r).orElse(""));
		model.addAttribute("aboutEmail", store.aboutEmail(r).map(e -> e.value()).orElse(""));
		model.addAttribute("reason", store.reason(r).orElse(""));
		model.addAttribute("extensionReason", store.extensionReason(r).orElse(""));
		model.addAttribute("hold", decisions.holdReason(r).orElse(null));
		model.addAttribute("events", store.events(r.id()));
		model.addAttribute("notices", notices.of(r.id()));
		model.addAttribute("export", exports.of(r.id()).orElse(null));
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("row", StaffRequestRow.of(r, today(), names.readBy(me().subject())));
		return "privacy/admin-request";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(settings.zone()));
	}

	private static FormErrors reason(String text, String field) {
		FormErrors errors = new FormErrors();
		String reason = text.strip();
		if (reason.isEmpty()) {
			errors.add(field, "privacy.admin.error.reason");
		}
		else if (reason.length() > REASON_MAX) {
			errors.add(field, "privacy.request.error.detailsLength", REASON_MAX);
		}
		else if (reason.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			errors.add(field, "privacy.request.error.detailsControl");
		}
		return errors;
	}

	private PrivacyRequest find(String reference) {
		return store.findByReference(reference).orElseThrow(NotFoundException::new);
	}

	private static SignedIn me() {
		return SignedIn.current().orElseThrow();
	}
}
