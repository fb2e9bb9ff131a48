package com.wtigg.store.consent.cookie;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.wtigg.store.consent.ConsentRate;
import com.wtigg.store.shared.SubjectId;

/** Consent records in the {@code cookie_consent} table. */
@Component
class ConsentRecords {

	private final JdbcClient jdbc;

	ConsentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(ConsentRecord r) {
		jdbc.sql("""
				insert into cookie_consent (id, subject_id, browser_id, analytics, marketing, sale_share_opt_out, gpc,
				    policy_version, method, browser_family, jurisdiction, language, given_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(r.id(), r.subject() == null ? null : r.subject().value(), r.browserId(), r.analytics(), r.marketing(),
					r.saleShareOptOut(), r.gpc(), r.policyVersion(), r.method().code(), r.browserFamily(), r.jurisdiction(),
					r.language(), Timestamp.from(r.givenAt()))
			.update();
	}

	Optional<ConsentRecord> find(UUID id) {
		return jdbc.sql("select * from cookie_consent where id = ?").param(id).query(ConsentRecords::row).optional();
	}

	private static ConsentRecord row(ResultSet rs, int n) throws SQLException {
		UUID subject = rs.getObject("subject_id", UUID.class);
		String method = rs.getString("method");
		return new ConsentRecord(rs.getObject("id", UUID.class), subject == null ? null : new SubjectId(subject),
				rs.getString("browser_id"), rs.getBoolean("analytics"), rs.getBoolean("marketing"),
				rs.getBoolean("sale_share_opt_out"), rs.getBoolean("gpc"), rs.getString("policy_version"),
				Arrays.stream(ConsentMethod.values()).filter(m -> m.code().equals(method)).findFirst().orElseThrow(),
				rs.getString("browser_family"), rs.getString("jurisdiction"), rs.getString("language"),
				rs.getTimestamp("given_at").toInstant());
	}

	/** Per UTC day from {@code from} to {@code to} (both included): choices, and how many allowed each category. */
	List<ConsentRate> rates(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select (given_at at time zone 'UTC')::date as day, count(*) as choices,
				    count(*) filter (where analytics) as analytics, count(*) filter (where marketing) as marketing
				from cookie_consent
				where given_at >= ? and given_at < ? and method in ('accept-all', 'reject-all', 'custom', 'withdraw')
				group by day order by day
				""")
			.params(Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
			.query((rs, n) -> new ConsentRate(rs.getObject("day", LocalDate.class), rs.getLong("choices"),
					rs.getLong("analytics"), rs.getLong("marketing")))
			.list();
	}
}
