package com.wtigg.store.customer.secondfactor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wtigg.store.shared.SubjectId;

/**
 * Per account: the wrong codes in a row, and the time step of the last accepted code.
 */
@Repository
class SecondFactorState {

	private final JdbcClient jdbc;

	SecondFactorState(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts a wrong code; returns the wrong codes in a row so far. */
	int failed(SubjectId subject) {
		return jdbc.sql("""
				insert into second_factor_state (subject_id, failures) values (?, 1)
				on conflict (subject_id) do update set failures = second_factor_state.failures + 1
				returning failures
				""").param(subject.value()).query(Integer.class).single();
	}

	void clearFailures(SubjectId subject) {
		jdbc.sql("update second_factor_state set failures = 0 where subject_id = ?").param(subject.value()).update();
	}

	long lastStep(SubjectId subject) {
		return jdbc.sql("select last_step from second_factor_state where subject_id = ? and last_step is not null")
			.param(subject.value()).query(Long.class).optional().orElse(Long.MIN_VALUE);
	}

	/**
	 * Records a code's time step as used, unless a code of that step or a later one was used
	 * meanwhile (the same code sent twice at once): then false.
	 */
	boolean accepted(SubjectId subject, long step) {
		return jdbc.sql("""
				insert into second_factor_state (subject_id, failures, last_step) values (?, 0, ?)
				on conflict (subject_id) do update set failures = 0, last_step = excluded.last_step
				where second_factor_state.last_step is null or second_factor_state.last_step < excluded.last_step
				""").params(subject.value(), step).update() == 1;
	}
}
