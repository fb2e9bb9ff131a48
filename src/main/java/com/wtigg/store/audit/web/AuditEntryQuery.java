package com.wtigg.store.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.audit.AuditVerification;
import com.wtigg.store.shared.web.BadRequestException;

/**
 * Reads pages of the audit log for the back office, newest first, narrowed by subject and
 * action. Reading only: entries are written through {@link com.wtigg.store.audit.AuditLog}.
 */
@Component
class AuditEntryQuery {

	private final JdbcClient jdbc;

	AuditEntryQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page asked for; a page beyond the last is answered with a 400 that names the last. */
	@Transactional(readOnly = true)
	AuditLogPage page(AuditLogRequest request, AuditVerification verification) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (request.subject() != null) {
			where.append(" and subject_id = ?");
			params.add(request.subject());
		}
		if (request.action() != null) {
			where.append(" and action = ?");
			params.add(request.action());
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		int pages = (int) Math.max(1, (total + AuditLogPage.PAGE_SIZE - 1) / AuditLogPage.PAGE_SIZE);
		if (request.page() > pages) {
			throw new BadRequestException("admin.audit.error.pageRange", pages);
		}
		params.add(AuditLogPage.PAGE_SIZE);
		params.add((long) (request.page() - 1) * AuditLogPage.PAGE_SIZE);
		List<LoggedEntry> entries = jdbc.sql("""
				select seq, occurred_at, actor, action, subject_id, purpose, detail from audit_entry%s
				order by seq desc limit ? offset ?
				""".formatted(where))
			.params(params)
			.query((rs, n) -> new LoggedEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getObject("subject_id", UUID.class),
					rs.getString("purpose"), rs.getString("detail")))
			.list();
		return new AuditLogPage(entries, request, total, pages, verification);
	}
}
