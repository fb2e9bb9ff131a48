package com.wtigg.store.audit.web;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.web.BadRequestException;

/**
 * Which entries of the audit log the back-office page was asked for, read from its query
 * parameters: a page (from 1) and an optional filter by subject id and by action. A value that
 * cannot be understood is answered with a 400 that says what is wrong.
 *
 * @param subject only entries about this subject, or {@code null} for all
 * @param action only entries of this action, or {@code null} for all
 * @param page the page asked for, from 1
 */
public record AuditLogRequest(UUID subject, String action, int page) {

	static final String PATH = "/admin/audit";

	static final AuditLogRequest FIRST_PAGE = new AuditLogRequest(null, null, 1);

	private static final Pattern UUID_TEXT = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

	/** Actions are dotted names such as {@code customer.viewed}; nothing else is searched, or logged. */
	private static final Pattern ACTION_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	private static final Pattern PAGE_NUMBER = Pattern.compile("[0-9]{1,9}");

	static AuditLogRequest parse(String subject, String action, String page) {
		return new AuditLogRequest(subject(subject), action(action), page(page));
	}

	private static UUID subject(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!UUID_TEXT.matcher(text.strip()).matches()) {
			throw new BadRequestException("admin.audit.error.subject");
		}
		return UUID.fromString(text.strip());
	}

	private static String action(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String name = text.strip().toLowerCase(Locale.ROOT);
		if (!ACTION_NAME.matcher(name).matches()) {
			throw new BadRequestException("admin.audit.error.action");
		}
		return name;
	}

	private static int page(String text) {
		if (text == null || text.isBlank()) {
			return 1;
		}
		if (!PAGE_NUMBER.matcher(text.strip()).matches() || Integer.parseInt(text.strip()) < 1) {
			throw new BadRequestException("admin.audit.error.page");
		}
		return Integer.parseInt(text.strip());
	}

	public SubjectId subjectId() {
		return subject == null ? null : new SubjectId(subject);
	}

	public boolean filtered() {
		return subject != null || action != null;
	}

	/** The address of another page of the same entries. */
	public String url(int number) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
		if (subject != null) {
			uri.queryParam("subject", subject);
		}
		if (action != null) {
			uri.queryParam("action", action);
		}
		if (number > 1) {
			uri.queryParam("page", number);
		}
		return uri.encode().build().toUriString();
	}

	/** What was asked for, as the {@code audit.viewed} entry's detail (the subject has a column of its own). */
	String describe() {
		return "page " + page + (action == null ? "" : ", action " + action);
	}
}
