package com.wtigg.store.audit.web;

import java.util.List;

import com.wtigg.store.audit.AuditVerification;

/**
 * What the audit log's back-office page shows: one page of entries, newest first, the filter as
 * set, and the result of a verification when one was just run.
 *
 * @param total how many entries match the filter
 * @param pages how many pages they fill, at least 1
 * @param verification the result of the check just run, or {@code null}
 */
public record AuditLogPage(List<LoggedEntry> entries, AuditLogRequest request, long total, int pages,
		AuditVerification verification) {

	static final int PAGE_SIZE = 50;

	public int page() {
		return request.page();
	}

	/** The page of newer entries, or {@code null} on the first page. */
	public String newerUrl() {
		return page() > 1 ? request.url(page() - 1) : null;
	}

	/** The page of older entries, or {@code null} on the last page. */
	public String olderUrl() {
		return page() < pages ? request.url(page() + 1) : null;
	}
}
