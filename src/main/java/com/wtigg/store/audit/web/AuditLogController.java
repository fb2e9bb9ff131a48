package com.wtigg.store.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.audit.AuditVerification;
import com.wtigg.store.shared.security.SignedIn;

/**
 * The audit log's back-office page, for administrators and the privacy officer: the entries,
 * newest first and filtered by subject or action, and a button that checks the whole chain.
 * Looking at the log and checking it are themselves recorded in it.
 */
@Controller
class AuditLogController {

	private static final String VIEW = "audit/log";

	private static final String READERS = "hasAnyRole('ADMIN','PRIVACY_OFFICER')";

	/** The actor of a request signed in some other way than the store's sign-in, as in tests. */
	private static final String UNKNOWN_STAFF = "staff:unknown";

	private final AuditLog audit;

	private final AuditEntryQuery entries;

	AuditLogController(AuditLog audit, AuditEntryQuery entries) {
		this.audit = audit;
		this.entries = entries;
	}

	@GetMapping(AuditLogRequest.PATH)
	@PreAuthorize(READERS)
	String show(@RequestParam(required = false) String subject, @RequestParam(required = false) String action,
			@RequestParam(required = false) String page, Model model) {
		AuditLogRequest request = AuditLogRequest.parse(subject, action, page);
		model.addAttribute("log", entries.page(request, null));
		audit.record(new AuditEntry(actor(), "audit.viewed", request.subjectId(), null, request.describe()));
		return VIEW;
	}

	@PostMapping(AuditLogRequest.PATH + "/verify")
	@PreAuthorize(READERS)
	String verify(Model model) {
		AuditVerification result = audit.verify();
		audit.record(new AuditEntry(actor(), "audit.verified", null, null,
				result.intact() ? "intact, " + result.checked() + " entries checked"
						: "broken at entry " + result.brokenAt() + ": " + result.problem()));
		model.addAttribute("log", entries.page(AuditLogRequest.FIRST_PAGE, result));
		return VIEW;
	}

	private static String actor() {
		return SignedIn.current().map(SignedIn::actor).orElse(UNKNOWN_STAFF);
	}
}
