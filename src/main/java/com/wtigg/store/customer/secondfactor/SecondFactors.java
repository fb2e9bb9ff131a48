package com.wtigg.store.customer.secondfactor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.customer.AccountMail;
import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.PasswordRules;
import com.wtigg.store.shared.StoreIdentity;
import com.wtigg.store.shared.security.SignedIn;

/**
 * The second factor: enrolment (a new secret, then a first right code turns it on and gives ten
 * recovery codes), checking codes and recovery codes, and turning it off (customers only). Each
 * wrong code is audited; after {@code store.second-factor.max-failures} in a row (5) the account
 * is locked for {@code store.login.lock-time} and its owner told, and the caller ends the session.
 */
@Service
class SecondFactors {

	/** What became of a code. */
	enum Outcome {
		/** Right: go on. */
		ACCEPTED,
		/** Nothing was typed; not counted. */
		MISSING,
		/** Wrong (or used before); counted. */
		WRONG,
		/** Wrong once too often: the session must end. */
		ENDED
	}

	/** A secret being enrolled, with its QR code. */
	record Enrolment(String secret, String qrCode) {
	}

	/** The outcome of enrolment, with the recovery codes when it succeeded. */
	record Enrolled(Outcome outcome, List<String> recoveryCodes) {
	}

	private final Accounts accounts;

	private final TotpCodes totp;

	private final RecoveryCodes recovery;

	private final SecondFactorState state;

	private final PasswordRules passwords;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final StoreIdentity store;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockTime;

	SecondFactors(Accounts accounts, TotpCodes totp, RecoveryCodes recovery, SecondFactorState state,
			PasswordRules passwords, AuditLog audit, ApplicationEventPublisher events, StoreIdentity store, Clock clock,
			@Value("${store.second-factor.max-failures:5}") int maxFailures,
			@Value("${store.login.lock-time:15m}") Duration lockTime) {
		this.accounts = accounts;
		this.totp = totp;
		this.recovery = recovery;
		this.state = state;
		this.passwords = passwords;
		this.audit = audit;
		this.events = events;
		this.store = store;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockTime = lockTime;
	}

	/** The secret being enrolled: the one begun earlier, or a new one. */
	@Transactional
	Enrolment enrolment(Account account) {
		String secret = account.totpSecret();
		if (secret == null || account.secondFactorEnabled()) {
			return restart(account);
		}
		return new Enrolment(secret, totp.qrCode(secret, store.name(), label(account)));
	}

	/** Begins enrolment again with a new secret. */
	@Transactional
	Enrolment restart(Account account) {
		if (account.secondFactorEnabled()) {
			throw new IllegalStateException("The second factor is on already");
		}
		String secret = totp.newSecret();
		accounts.setTotpSecret(account.subject(), secret);
		return new Enrolment(secret, totp.qrCode(secret, store.name(), label(account)));
	}

	/** The label the authenticator app shows: the store's name and the kind of account, never the email. */
	private String label(Account account) {
		return store.name() + (account.staff() ? " staff" : " account");
	}

	/** The first right code turns the second factor on and yields new recovery codes. */
	@Transactional
	Enrolled enrol(Account account, SignedIn actor, String code) {
		if (account.secondFactorEnabled() || account.totpSecret() == null) {
			throw new IllegalStateException("No enrolment is under way");
		}
		Outcome outcome = check(account, actor, code);
		if (outcome != Outcome.ACCEPTED) {
			return new Enrolled(outcome, List.of());
		}
		accounts.enableTotp(account.subject(), clock.instant());
		List<String> codes = recovery.replace(account.subject());
		audit.record(new AuditEntry(actor.actor(), "second-factor.enrolled", account.subject(), null,
				RecoveryCodes.COUNT + " recovery codes issued"));
		return new Enrolled(Outcome.ACCEPTED, codes);
	}

	/** Checks a code from the authenticator app. */
	@Transactional
	Outcome verify(Account account, SignedIn actor, String code) {
		if (!account.secondFactorEnabled()) {
			throw new IllegalStateException("The second factor is not on");
		}
		return check(account, actor, code);
	}

	/** Checks and uses up a recovery code. */
	@Transactional
	Outcome recover(Account account, SignedIn actor, String code) {
		if (code == null || code.isBlank()) {
			return Outcome.MISSING;
		}
		if (!account.secondFactorEnabled() || !recovery.use(account.subject(), code)) {
			return wrong(account, actor, "recovery code");
		}
		state.clearFailures(account.subject());
		audit.record(new AuditEntry(actor.actor(), "second-factor.recovery-used", account.subject(), null,
				recovery.remaining(account.subject()) + " recovery codes left"));
		return Outcome.ACCEPTED;
	}

	/**
	 * Turns a customer's second factor off, proven by a current code or the password. Staff can
	 * never turn it off.
	 */
	@Transactional
	Outcome turnOff(Account account, SignedIn actor, String code, String password) {
		if (account.staff()) {
			throw new IllegalStateException("Staff always keep the second factor");
		}
		if (!account.secondFactorEnabled()) {
			return Outcome.ACCEPTED;
		}
		Outcome outcome;
		if (code != null && !code.isBlank()) {
			outcome = check(account, actor, code);
		}
		else if (password != null && !password.isEmpty()) {
			outcome = passwords.matches(password, account.passwordHash()) ? Outcome.ACCEPTED
					: wrong(account, actor, "password");
		}
		else {
			outcome = Outcome.MISSING;
		}
		if (outcome == Outcome.ACCEPTED) {
			accounts.disableTotp(account.subject());
			state.clearFailures(account.subject());
			audit.record(new AuditEntry(actor.actor(), "second-factor.disabled", account.subject(), null, null));
		}
		return outcome;
	}

	int recoveryCodesLeft(Account account) {
		return recovery.remaining(account.subject());
	}

	/** Whether the account is locked after repeated wrong codes or passwords. */
	boolean locked(Account account) {
		return account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
	}

	private Outcome check(Account account, SignedIn actor, String code) {
		if (code == null || code.isBlank()) {
			return Outcome.MISSING;
		}
		OptionalLong step = totp.matchingStep(account.totpSecret(), code, state.lastStep(account.subject()));
		if (step.isEmpty() || !state.accepted(account.subject(), step.getAsLong())) {
			return wrong(account, actor, "code");
		}
		return Outcome.ACCEPTED;
	}

	private Outcome wrong(Account account, SignedIn actor, String what) {
		int failures = state.failed(account.subject());
		audit.record(new AuditEntry(actor.actor(), "second-factor.failed", account.subject(), null,
				"wrong " + what + ", " + failures + " of " + maxFailures + " in a row"));
		if (failures < maxFailures) {
			return Outcome.WRONG;
		}
		state.clearFailures(account.subject());
		Instant until = clock.instant().plus(lockTime);
		accounts.lockUntil(account.subject(), until);
		events.publishEvent(new AccountMail.AccountLocked(account.subject(), until));
		audit.record(new AuditEntry(actor.actor(), "second-factor.locked-out", account.subject(), null,
				failures + " wrong in a row; session ended, locked for " + lockTime.toMinutes() + " minutes"));
		return Outcome.ENDED;
	}
}
