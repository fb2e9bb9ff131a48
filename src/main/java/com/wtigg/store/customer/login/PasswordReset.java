package com.wtigg.store.customer.login;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.customer.AccountMail;
import com.wtigg.store.customer.account.AccountStatus;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.PasswordRules;
import com.wtigg.store.customer.account.Sealing;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Forgotten passwords: a single-use link by email, valid for an hour; the same answer whether or
 * not the address has an account. A new password ends every session of the account.
 */
@Service
class PasswordReset {

	private final Accounts accounts;

	private final AccountTokens tokens;

	private final Sealing sealing;

	private final PasswordRules passwords;

	private final Sessions sessions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration lifetime;

	PasswordReset(Accounts accounts, AccountTokens tokens, Sealing sealing, PasswordRules passwords, Sessions sessions,
			AuditLog audit, ApplicationEventPublisher events, Clock clock,
			@Value("${store.account.reset-link-lifetime:1h}") Duration lifetime) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.sealing = sealing;
		this.passwords = passwords;
		this.sessions = sessions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	@Transactional
	void requested(EmailAddress email) {
		accounts.findByEmail(email)
			.filter(a -> a.status() == AccountStatus.ACTIVE || a.status() == AccountStatus.UNVERIFIED)
			.ifPresentOrElse(account -> {
				AccountTokens.Issued issued = tokens.issue(account.subject(), AccountTokens.Purpose.RESET_PASSWORD, lifetime);
				events.publishEvent(new AccountMail.ResetPassword(account.subject(),
						sealing.seal(account.subject(), "/account/reset/" + issued.token()), issued.expiresAt()));
				audit.record(new AuditEntry("subject:" + account.subject(), "password.reset-requested", account.subject(),
						null, null));
			}, () -> audit.record(new AuditEntry("system", "password.reset-requested", null, null, "no such account")));
	}

	boolean linkIsGood(String token) {
		return tokens.peek(token, AccountTokens.Purpose.RESET_PASSWORD).isPresent();
	}

	Optional<SubjectId> subjectOf(String token) {
		return tokens.peek(token, AccountTokens.Purpose.RESET_PASSWORD);
	}

	/** Sets the new password if the link is still good; false otherwise. */
	@Transactional
	boolean reset(String token, String password) {
		Optional<SubjectId> subject = tokens.consume(token, AccountTokens.Purpose.RESET_PASSWORD);
		subject.ifPresent(s -> {
			accounts.setPassword(s, passwords.hash(password));
			// following the link proves the address, so an unverified account becomes active
			accounts.activate(s);
			accounts.lockUntil(s, null);
			int ended = sessions.endAll(s, null);
			events.publishEvent(new AccountMail.PasswordChanged(s, clock.instant()));
			audit.record(new AuditEntry("subject:" + s, "password.reset", s, null, ended + " sessions ended"));
		});
		return subject.isPresent();
	}
}
