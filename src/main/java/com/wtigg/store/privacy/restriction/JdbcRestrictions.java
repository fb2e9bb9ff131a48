package com.wtigg.store.privacy.restriction;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.Restrictions;
import com.wtigg.store.shared.SubjectId;

/**
 * Restrictions kept in {@code privacy_restriction}: a row while a subject's processing is restricted.
 */
@Service
@Transactional
class JdbcRestrictions implements Restrictions {

	private final JdbcClient jdbc;

	JdbcRestrictions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean restricted(SubjectId subject) {
		return jdbc.sql("select exists (select 1 from privacy_restriction where subject_id = ?)")
			.param(subject.value()).query(Boolean.class).single();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<SubjectId> restrictedAmong(Set<SubjectId> subjects) {
		if (subjects.isEmpty()) {
			return Set.of();
		}
		UUID[] ids = subjects.stream().map(SubjectId::value).toArray(UUID[]::new);
		return jdbc.sql("select subject_id from privacy_restriction where subject_id = any(?)")
			.param(ids).query(UUID.class).list().stream().map(SubjectId::new).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public void restrict(SubjectId subject, String reason) {
		jdbc.sql("insert into privacy_restriction (subject_id, reason) values (?, ?) on conflict (subject_id) do update set reason = excluded.reason")
			.params(subject.value(), reason).update();
	}

	@Override
	public void lift(SubjectId subject) {
		jdbc.sql("delete from privacy_restriction where subject_id = ?").param(subject.value()).update();
	}
}
