package com.wtigg.store.customer.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.crypto.RandomTokens;

/**
 * Single-use, expiring tokens for links sent by email. Only a SHA-256 hash of each token is
 * stored, so the table alone opens no link.
 */
@Component
public class AccountTokens {

	/** What a token is for. */
	public enum Purpose {
		VERIFY_EMAIL, RESET_PASSWORD, STAFF_INVITE
	}

	/** A token as it goes into a link, with its expiry. */
	public record Issued(String token, Instant expiresAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new token; earlier unused ones for the same purpose stop working. */
	public Issued issue(SubjectId subject, Purpose purpose, Duration lifetime) {
		String token = RandomTokens.next();
		Instant expires = clock.instant().plus(lifetime);
		jdbc.sql("delete from account_token where subject_id = ? and purpose = ? and used_at is null")
			.params(subject.value(), purpose.name().toLowerCase(java.util.Locale.ROOT)).update();
		jdbc.sql("insert into account_token (token_hash, subject_id, purpose, expires_at) values (?, ?, ?, ?)")
			.params(RandomTokens.digest(token), subject.value(), purpose.name().toLowerCase(java.util.Locale.ROOT), Timestamp.from(expires))
			.update();
		return new Issued(token, expires);
	}

	/** The subject of a token that is still good, without using it up. */
	public Optional<SubjectId> peek(String token, Purpose purpose) {
		if (!RandomTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select subject_id from account_token where token_hash = ? and purpose = ? and used_at is null and expires_at > ?")
			.params(RandomTokens.digest(token), purpose.name().toLowerCase(java.util.Locale.ROOT), Timestamp.from(clock.instant()))
			.query(UUID.class).optional().map(SubjectId::new);
	}

	/** Uses a token up: its subject the first time, empty ever after (or once expired). */
	public Optional<SubjectId> consume(String token, Purpose purpose) {
		if (!RandomTokens.wellFormed(token)) {
			return Optional.empty();
		}
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				update account_token set used_at = ? where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
				returning subject_id
				""")
			.params(now, RandomTokens.digest(token), purpose.name().toLowerCase(java.util.Locale.ROOT), now)
			.query(UUID.class).optional().map(SubjectId::new);
	}
}
