package com.wtigg.store.payment.sandbox;

import java.sql.Timestamp;
import java.time.Duration;
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
 * The sandbox's card sessions: which attempt a shopper made and its outcome, the card's brand and
 * last four digits encrypted. Needed only until the store redeemed the token; kept 30 days.
 */
@Component
class SandboxPersonalData implements PersonalDataHolder {

	static final Duration KEPT = Duration.ofDays(30);

	private static final String RETENTION = "30 days after the attempt";

	private static final String PURPOSE = "answering a test payment attempt in the sandbox";

	private final JdbcClient jdbc;

	SandboxPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Inventory inventory() {
		return new Inventory(List.of(
				new PersonalField("payment_sandbox_session.subject_id", DataCategory.IDENTIFIER, PURPOSE, LegalBasis.CONTRACT,
						RETENTION, ErasureAction.DELETE),
				new PersonalField("payment_sandbox_session.card_brand", DataCategory.PURCHASES, PURPOSE + ", encrypted",
						LegalBasis.CONTRACT, RETENTION, ErasureAction.DELETE),
				new PersonalField("payment_sandbox_session.card_last4", DataCategory.PURCHASES, PURPOSE + ", encrypted",
						LegalBasis.CONTRACT, RETENTION, ErasureAction.DELETE),
				new PersonalField("payment_sandbox_session.amount_cents", DataCategory.PURCHASES, PURPOSE, LegalBasis.CONTRACT,
						RETENTION, ErasureAction.DELETE)),
				List.of("payment_sandbox_session.session_id", "payment_sandbox_session.order_id",
						"payment_sandbox_session.attempt", "payment_sandbox_session.return_path", "payment_sandbox_session.token",
						"payment_sandbox_session.outcome", "payment_sandbox_session.created_at"));
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		List<List<String>> rows = jdbc.sql("""
				select order_id, attempt, coalesce(outcome, ''), created_at from payment_sandbox_session
				where subject_id = ? order by created_at
				""")
			.param(subject.value())
			.query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getInt(2)), rs.getString(3),
					rs.getTimestamp(4).toInstant().toString()))
			.list();
		export.add("sandbox payment attempts", List.of("order_id", "attempt", "outcome", "created_at"), rows);
	}

	@Override
	@Transactional
	public void erase(SubjectId subject) {
		jdbc.sql("delete from payment_sandbox_session where subject_id = ?").param(subject.value()).update();
	}

	@Override
	@Transactional
	public int purgeExpired(Instant now) {
		return jdbc.sql("delete from payment_sandbox_session where created_at < ?").param(Timestamp.from(now.minus(KEPT)))
			.update();
	}
}
