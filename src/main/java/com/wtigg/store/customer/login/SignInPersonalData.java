package com.wtigg.store.customer.login;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.ErasureAction;
import com.wtigg.store.privacy.Inventory;
import com.wtigg.store.privacy.LegalBasis;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;

/**
 * What signing in leaves behind: sessions (Spring Session's tables), linked to a person by subject
 * id only and ended after 30 minutes without activity, at sign-out, at a password change and at
 * erasure; and the counts of failed sign-ins, kept under keyed hashes of the email and of the
 * client address for a day after the last failure.
 */
@Component
class SignInPersonalData implements PersonalDataHolder {

	private static final String LIFE = "until sign-out or 30 minutes without activity";

	private static final String THROTTLE_LIFE = "a day after the last failed sign-in";

	private final JdbcClient jdbc;

	SignInPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Inventory inventory() {
		return new Inventory(List.of(
				new PersonalField("spring_session.principal_name", DataCategory.IDENTIFIER,
						"keeping a person signed in (their subject id)", LegalBasis.CONTRACT, LIFE, ErasureAction.DELETE),
				new PersonalField("spring_session_attributes.attribute_bytes", DataCategory.IDENTIFIER,
						"keeping a person signed in (the subject id and staff roles, no other personal data)",
						LegalBasis.CONTRACT, LIFE, ErasureAction.DELETE),
				new PersonalField("login_throttle.throttle_key", DataCategory.SECURITY,
						"slowing down password guessing: a keyed hash of the email or the client address tried",
						LegalBasis.LEGITIMATE_INTEREST, THROTTLE_LIFE, ErasureAction.KEEP_PSEUDONYMOUS),
				new PersonalField("login_throttle.failures", DataCategory.SECURITY, "slowing down password guessing",
						LegalBasis.LEGITIMATE_INTEREST, THROTTLE_LIFE, ErasureAction.KEEP_PSEUDONYMOUS)),
				List.of("login_throttle.first_failed", "login_throttle.last_failed", "login_throttle.locked_until","spring_session.primary_id", "spring_session.session_id", "spring_session.creation_time",
						"spring_session.last_access_time", "spring_session.max_inactive_interval",
						"spring_session.expiry_time", "spring_session_attributes.session_primary_id",
						"spring_session_attributes.attribute_name"));
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		List<List<String>> rows = jdbc.sql("""
				select to_timestamp(creation_time / 1000.0)::text, to_timestamp(last_access_time / 1000.0)::text
				from spring_session where principal_name = ? order by creation_time
				""")
			.param(subject.toString())
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
			.list();
		export.add("sessions", List.of("started", "last_active"), rows);
	}

	@Override
	@Transactional
	public void erase(SubjectId subject) {
		// the counts of failed sign-ins name no one (keyed hashes) and are gone a day after the last failure
		jdbc.sql("delete from spring_session where principal_name = ?").param(subject.toString()).update();
	}

	@Override
	public int purgeExpired(Instant now) {
		int sessions = jdbc.sql("delete from spring_session where expiry_time < ?").param(now.toEpochMilli()).update();
		int counts = jdbc.sql("delete from login_throttle where last_failed < ?::timestamptz - interval '1 day'")
			.param(Timestamp.from(now)).update();
		return sessions + counts;
	}
}
