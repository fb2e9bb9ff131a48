package com.wtigg.store.customer.backoffice;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wtigg.store.customer.account.AccountStatus;
import com.wtigg.store.shared.SubjectId;

/**
 * Customer accounts as the back office lists them: ids, status and dates only, never a
 * personal value, so that listing them reads nobody's data.
 */
@Repository
class CustomerDirectory {

	static final int PAGE_SIZE = 25;

	private final JdbcClient jdbc;

	CustomerDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest customer accounts first; pages count from 1. */
	List<CustomerRow> recent(int page) {
		return jdbc.sql("""
				select subject_id, status, created_at from account where kind = 'customer'
				order by created_at desc, subject_id limit ? offset ?
				""")
			.params(PAGE_SIZE, (long) (page - 1) * PAGE_SIZE)
			.query((rs, n) -> new CustomerRow(new SubjectId(rs.getObject("subject_id", UUID.class)),
					AccountStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	int count() {
		return jdbc.sql("select count(*) from account where kind = 'customer'").query(Integer.class).single();
	}
}
