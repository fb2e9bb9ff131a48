package com.wtigg.store.customer.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.crypto.RandomTokens;

/**
 * The first admin, made without any default password: while no active admin exists, each start
 * issues a one-time setup token (valid 24 hours, replacing an unused one) and logs the link that
 * uses it. Only a SHA-256 hash of the token is stored. {@code store.staff.setup-token} presets the
 * token, for a start where the log cannot be read.
 */
@Component
public class StaffSetup {

	static final Duration LIFETIME = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(StaffSetup.class);

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final Environment environment;

	private final String preset;

	StaffSetup(JdbcClient jdbc, Accounts accounts, AuditLog audit, Clock clock, Environment environment,
			@Value("${store.staff.setup-token:}") String preset) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.environment = environment;
		this.preset = preset.strip();
		if (!this.preset.isEmpty() && !wellFormed(this.preset)) {
			throw new IllegalStateException(
					"store.staff.setup-token must be 32 to 128 characters of letters, digits, '-' and '_'");
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		if (accounts.anyAdmin()) {
			return;
		}
		String token = preset.isEmpty() ? issueToken() : issue(preset);
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		log.warn("No admin yet: create the first one at http://localhost:{}/staff/setup?token={} (valid {} hours)", port,
				token, LIFETIME.toHours());
	}

	/** A fresh random token; an unused earlier one stops working. */
	@Transactional
	public String issueToken() {
		return issue(RandomTokens.next());
	}

	private String issue(String token) {
		Instant expires = clock.instant().plus(LIFETIME);
		jdbc.sql("delete from staff_setup where used_at is null").update();
		jdbc.sql("""
				insert into staff_setup (token_hash, expires_at) values (?, ?)
				on conflict (token_hash) do update set expires_at = excluded.expires_at, used_at = null
				""").params(RandomTokens.digest(token), Timestamp.from(expires)).update();
		return token;
	}

	/** Whether the first admin is still to be made. */
	public boolean needed() {
		return !accounts.anyAdmin();
	}

	/** Whether the token is good now, without using it up. */
	public boolean valid(String token) {
		return wellFormed(token) && jdbc.sql("""
				select count(*) from staff_setup where token_hash = ? and used_at is null and expires_at > ?
				""").params(RandomTokens.digest(token), Timestamp.from(clock.instant())).query(Integer.class).single() > 0;
	}

	/**
	 * Uses the token up and makes the first admin; empty when the token is not good (any more) or
	 * an admin exists already.
	 */
	@Transactional
	public Optional<SubjectId> createFirstAdmin(String token, EmailAddress email, String name, Locale language,
			String passwordHash) {
		if (!wellFormed(token) || !needed()) {
			return Optional.empty();
		}
		Timestamp now = Timestamp.from(clock.instant());
		int used = jdbc.sql("update staff_setup set used_at = ? where token_hash = ? and used_at is null and expires_at > ?")
			.params(now, RandomTokens.digest(token), now).update();
		if (used != 1) {
			return Optional.empty();
		}
		SubjectId admin = accounts.createFirstAdmin(email, name, language, passwordHash);
		audit.record(new AuditEntry("staff:" + admin, "staff.setup", admin, null, "first admin"));
		return Optional.of(admin);
	}

	static boolean wellFormed(String token) {
		return token != null && token.length() >= 32 && token.length() <= 128
				&& token.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
	}

}
