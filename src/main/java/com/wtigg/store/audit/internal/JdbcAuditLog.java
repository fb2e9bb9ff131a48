package com.wtigg.store.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.audit.AuditVerification;
import com.wtigg.store.shared.crypto.Keyring;

/**
 * The audit log in PostgreSQL. Appends are serialized by a transaction-scoped advisory lock; each
 * entry's seal is the audit key's HMAC of the previous seal and the entry's canonical text.
 */
@Service
class JdbcAuditLog implements AuditLog {

	private static final byte[] GENESIS = new byte[32];

	private final JdbcClient jdbc;

	private final Keyring keyring;

	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, Keyring keyring) {
		this.jdbc = jdbc;
		this.keyring = keyring;
		this.clock = Clock.systemUTC();
	}

	@Override
	@Transactional
	public long record(AuditEntry entry) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('audit_entry'))").query().singleValue();
		Head head = jdbc.sql("select seq, seal from audit_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong("seq"), rs.getBytes("seal")))
			.optional()
			.orElse(new Head(0, GENESIS));
		long seq = head.seq() + 1;
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		UUID subject = entry.subject() == null ? null : entry.subject().value();
		byte[] seal = keyring.auditSeal(head.seal(),
				canonical(seq, at, entry.actor(), entry.action(), subject, entry.purpose(), entry.detail()));
		jdbc.sql("""
				insert into audit_entry (seq, occurred_at, actor, action, subject_id, purpose, detail, seal)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(seq, Timestamp.from(at), entry.actor(), entry.action(), subject, entry.purpose(), entry.detail(), seal)
			.update();
		jdbc.sql("""
				insert into audit_head (id, seq, seal) values (1, ?, ?)
				on conflict (id) do update set seq = excluded.seq, seal = excluded.seal
				""").params(seq, seal).update();
		return seq;
	}

	@Override
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		AtomicReference<Head> previous = new AtomicReference<>(new Head(0, GENESIS));
		AtomicReference<AuditVerification> broken = new AtomicReference<>();
		jdbc.sql("select * from audit_entry order by seq").query((ResultSet rs) -> {
			if (broken.get() != null) {
				return;
			}
			Head before = previous.get();
			long seq = rs.getLong("seq");
			byte[] stored = rs.getBytes("seal");
			if (seq != before.seq() + 1) {
				broken.set(new AuditVerification(before.seq(), before.seq() + 1, "entries are missing before entry " + seq));
				return;
			}
			byte[] expected = keyring.auditSeal(before.seal(), canonical(rs));
			if (!Arrays.equals(expected, stored)) {
				broken.set(new AuditVerification(before.seq(), seq, "the entry was altered or moved"));
				return;
			}
			previous.set(new Head(seq, stored));
		});
		if (broken.get() != null) {
			return broken.get();
		}
		Head last = previous.get();
		Head head = jdbc.sql("select seq, seal from audit_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong("seq"), rs.getBytes("seal")))
			.optional()
			.orElse(new Head(0, GENESIS));
		if (head.seq() != last.seq() || !Arrays.equals(head.seal(), last.seal())) {
			return new AuditVerification(last.seq(), last.seq() + 1, "entries are missing at the end of the log");
		}
		return new AuditVerification(last.seq(), null, null);
	}

	private static String canonical(ResultSet rs) throws SQLException {
		return canonical(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getObject("subject_id", UUID.class), rs.getString("purpose"),
				rs.getString("detail"));
	}

	/** Each field length-prefixed, so no two different entries read the same. */
	private static String canonical(long seq, Instant at, String actor, String action, UUID subject, String purpose,
			String detail) {
		StringBuilder text = new StringBuilder();
		for (Object field : new Object[] { seq, at, actor, action, subject, purpose, detail }) {
			String value = field == null ? "" : field.toString();
			text.append(field == null ? -1 : value.length()).append(':').append(value).append(';');
		}
		return text.toString();
	}

	private record Head(long seq, byte[] seal) {
	}
}
