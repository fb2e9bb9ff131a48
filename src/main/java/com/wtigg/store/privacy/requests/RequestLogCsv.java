package com.wtigg.store.privacy.requests;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The request log for a regulator, as CSV: each request's type, reference, channel, jurisdiction,
 * dates, verification and outcome, and nothing that names the person.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER')")
class RequestLogCsv {

	private static final String[] HEADER = { "reference", "type", "channel", "jurisdiction", "status", "received_at",
			"verified_at", "verification", "acknowledged_at", "due_on", "extended_at", "closed_at", "outcome" };

	private final RequestStore store;

	RequestLogCsv(RequestStore store) {
		this.store = store;
	}

	@GetMapping("/admin/privacy/requests/log.csv")
	void csv(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"privacy-requests.csv\"");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			for (PrivacyRequest r : store.list(RequestFilter.ALL)) {
				csv.printRecord(r.reference(), r.type().code(), r.channel().code(), r.jurisdiction().code(), r.status().code(),
						r.receivedAt(), r.verifiedAt(), r.verification(), r.acknowledgedAt(), r.dueOn(), r.extendedAt(),
						r.closedAt(), r.outcome());
			}
		}
	}
}
