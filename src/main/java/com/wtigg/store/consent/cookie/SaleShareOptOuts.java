package com.wtigg.store.consent.cookie;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.shared.SubjectId;

/**
 * Signed-in subjects' opt-outs of sale and sharing (SHR-NOSALE), in {@code sale_share_opt_out}:
 * one row per subject while it holds, whichever browser they use.
 */
@Component
class SaleShareOptOuts {

	private final JdbcClient jdbc;

	SaleShareOptOuts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean optedOut(SubjectId subject) {
		return jdbc.sql("select count(*) from sale_share_opt_out where subject_id = ?").param(subject.value())
			.query(Integer.class).single() > 0;
	}

	/** Records the opt-out; returns false when the subject had opted out already. */
	@Transactional
	boolean optOut(SubjectId subject, String source, Instant at) {
		return jdbc.sql("""
				insert into sale_share_opt_out (subject_id, source, opted_out_at) values (?, ?, ?)
				on conflict (subject_id) do nothing
				""").params(subject.value(), source, Timestamp.from(at)).update() > 0;
	}
}
