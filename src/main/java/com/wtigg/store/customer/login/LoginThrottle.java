package com.wtigg.store.customer.login;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.SubjectCipher;

/**
 * Slows down and then locks password guessing, per account and per client address, across all
 * nodes (the counts live in PostgreSQL). After a few failures (3 per account, 10 per address) each further attempt must
 * wait twice as long as the one before; {@code lock} failures within the window lock for the
 * lock time. Keys are keyed hashes: no address or email is stored.
 */
@Component
class LoginThrottle {

	/** What a failed attempt led to. */
	record Failure(int failures, boolean lockedNow) {
	}

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	private final Clock clock;

	private final int free;

	private final int addressFree;

	private final int accountLock;

	private final int addressLock;

	private final Duration window;

	private final Duration lockTime;

	LoginThrottle(JdbcClient jdbc, SubjectCipher cipher, Clock clock,
			@Value("${store.login.free-failures:3}") int free,
			@Value("${store.login.address-free-failures:10}") int addressFree,
			@Value("${store.login.account-lock-failures:5}") int accountLock,
			@Value("${store.login.address-lock-failures:20}") int addressLock,
			@Value("${store.login.window:15m}") Duration window, @Value("${store.login.lock-time:15m}") Duration lockTime) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
		this.free = free;
		this.addressFree = addressFree;
		this.accountLock = accountLock;
		this.addressLock = addressLock;
		this.window = window;
		this.lockTime = lockTime;
	}

	byte[] accountKey(String normalizedEmail) {
		return cipher.blindIndex("throttle.account", normalizedEmail);
	}

	byte[] addressKey(String clientAddress) {
		return cipher.blindIndex("throttle.address", clientAddress);
	}

	/** How long the caller must wait before trying this account again; empty when it may try now. */
	Optional<Duration> waitForAccount(byte[] key) {
		return waitFor(key, free);
	}

	/** How long a client address must wait (many people may share one, so it is allowed more). */
	Optional<Duration> waitForAddress(byte[] key) {
		return waitFor(key, addressFree);
	}

	private Optional<Duration> waitFor(byte[] key, int free) {
		Instant now = clock.instant();
		return jdbc.sql("select failures, last_failed, locked_until, first_failed from login_throttle where throttle_key = ?")
			.param(key)
			.query((rs, n) -> {
				Timestamp locked = rs.getTimestamp("locked_until");
				if (locked != null && locked.toInstant().isAfter(now)) {
					return Optional.of(Duration.between(now, locked.toInstant()));
				}
				if (rs.getTimestamp("first_failed").toInstant().plus(window).isBefore(now)) {
					return Optional.<Duration>empty();
				}
				int failures = rs.getInt("failures");
				if (failures < free) {
					return Optional.<Duration>empty();
				}
				Instant next = rs.getTimestamp("last_failed").toInstant().plusSeconds(1L << Math.min(failures - free, 10));
				return next.isAfter(now) ? Optional.of(Duration.between(now, next)) : Optional.<Duration>empty();
			})
			.optional().flatMap(w -> w);
	}

	@Transactional
	Failure failed(byte[] key, boolean account) {
		Timestamp now = Timestamp.from(clock.instant());
		Timestamp windowStart = Timestamp.from(clock.instant().minus(window));
		int failures = jdbc.sql("""
				insert into login_throttle (throttle_key, failures, first_failed, last_failed) values (?, 1, ?, ?)
				on conflict (throttle_key) do update set
				  failures = case when login_throttle.first_failed < ? then 1 else login_throttle.failures + 1 end,
				  first_failed = case when login_throttle.first_failed < ? then excluded.first_failed else login_throttle.first_failed end,
				  last_failed = excluded.last_failed
				returning failures
				""")
			.params(key, now, now, windowStart, windowStart).query(Integer.class).single();
		int lockAt = account ? accountLock : addressLock;
		boolean lockedNow = failures == lockAt || (failures > lockAt && (failures - lockAt) % lockAt == 0);
		if (failures >= lockAt) {
			jdbc.sql("update login_throttle set locked_until = ? where throttle_key = ?")
				.params(Timestamp.from(clock.instant().plus(lockTime)), key).update();
		}
		return new Failure(failures, lockedNow);
	}

	void succeeded(byte[] key) {
		jdbc.sql("delete from login_throttle where throttle_key = ?").param(key).update();
	}

	Duration lockTime() {
		return lockTime;
	}
}
