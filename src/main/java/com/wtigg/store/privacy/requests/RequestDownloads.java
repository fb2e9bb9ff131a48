package com.wtigg.store.privacy.requests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.privacy.export.SubjectArchive;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The copy of a subject's data (DSR-ACCESS, DSR-PORTABLE), behind its expiring link, and only for
 * the verified subject: signed in as them for a request made signed in, or, for one made without
 * an account, proven again by the address and the order number the request was verified with. A
 * wrong, expired or foreign link and a wrong proof get the same answer; the archive is streamed.
 */
@Controller
class RequestDownloads {

	private final RequestStore store;

	private final RequestLinks links;

	private final SubjectArchive archive;

	private final RequestThrottle throttle;

	private final Clock clock;

	private final ExportProgress progress;

	RequestDownloads(RequestStore store, RequestLinks links, SubjectArchive archive, RequestThrottle throttle,
			Clock clock, ExportProgress progress) {
		this.progress = progress;
		this.store = store;
		this.links = links;
		this.archive = archive;
		this.throttle = throttle;
		this.clock = clock;
	}

	@GetMapping("/privacy/requests/{reference}/download")
	String page(@PathVariable String reference, @RequestParam(defaultValue = "") String token,
			HttpServletResponse response, Model model) {
		Optional<PrivacyRequest> r = usable(reference, token);
		if (r.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "privacy/request-link-bad";
		}
		return page(model, r.get(), token, new FormErrors(), "");
	}

	@PostMapping("/privacy/requests/{reference}/download")
	String download(@PathVariable String reference, @RequestParam(defaultValue = "") String token,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String orderNumber,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		Optional<PrivacyRequest> found = usable(reference, token);
		if (found.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "privacy/request-link-bad";
		}
		PrivacyRequest r = found.get();
		if (r.channel() != RequestChannel.SIGNED_IN && !throttle.allowProof(request.getRemoteAddr())) {
			response.setStatus(429);
			return "privacy/request-too-many";
		}
		if (!proven(r, email, orderNumber)) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			FormErrors errors = new FormErrors();
			if (r.channel() != RequestChannel.SIGNED_IN) {
				errors.add("email", "privacy.download.error.proof");
			}
			return page(model, r, token, errors, email);
		}
		store.event(r.id(), "subject", "copy download started", clock.instant());
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"wtigg-data-" + r.reference() + ".zip\"");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		try (ExportProgress.Running run = progress.start(r)) {
			try {
				archive.write(r.subject(), r.reference(), clock.instant(), response.getOutputStream(), run);
			}
			catch (UncheckedIOException e) {
				// the person's connection went: nothing more can reach them
				store.event(r.id(), "subject", "copy download broken off after " + run.rows() + " rows", clock.instant());
				throw e;
			}
			store.event(r.id(), "subject", "copy downloaded in full: " + run.rows() + " rows", clock.instant());
		}
		return null;
	}

	private Optional<PrivacyRequest> usable(String reference, String token) {
		return store.findByReference(reference)
			.filter(r -> r.status() == RequestStatus.COMPLETED && r.subject() != null && r.type().discloses())
			.filter(r -> links.valid(token, r.id(), RequestLinks.DOWNLOAD, clock.instant()));
	}

	private boolean proven(PrivacyRequest r, String email, String orderNumber) {
		if (r.channel() == RequestChannel.SIGNED_IN) {
			return SignedIn.current().map(me -> me.subject().equals(r.subject())).orElse(false);
		}
		Optional<EmailAddress> given = EmailAddress.parse(email);
		String number = orderNumber.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
		return given.isPresent() && given.equals(store.email(r))
				&& store.orderNumber(r).map(n -> n.equals(number)).orElse(false);
	}

	private String page(Model model, PrivacyRequest r, String token, FormErrors errors, String email) {
		model.addAttribute("request", r);
		model.addAttribute("token", token);
		model.addAttribute("errors", errors);
		model.addAttribute("email", email);
		model.addAttribute("needsProof", r.channel() != RequestChannel.SIGNED_IN);
		model.addAttribute("signedInAsSubject",
				SignedIn.current().map(me -> me.subject().equals(r.subject())).orElse(false));
		return "privacy/request-download";
	}
}
