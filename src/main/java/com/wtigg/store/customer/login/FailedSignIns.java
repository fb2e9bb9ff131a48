package com.wtigg.store.customer.login;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.customer.AccountMail;
import com.wtigg.store.customer.account.Account;

/**
 * Records a failed sign-in in one transaction: the counts per address and per account, the audit
 * entries, and, when the account locks now, the mail that tells its owner (through the outbox,
 * which only sends what a committed transaction published).
 */
@Service
class FailedSignIns {

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FailedSignIns(LoginThrottle throttle, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.throttle = throttle;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void record(Optional<Account> account, byte[] accountKey, byte[] addressKey) {
		throttle.failed(addressKey, false);
		LoginThrottle.Failure failure = throttle.failed(accountKey, true);
		if (account.isEmpty()) {
			audit.record(new AuditEntry("system", "login.failed", null, null, "no such account"));
			return;
		}
		Account a = account.get();
		audit.record(new AuditEntry("subject:" + a.subject(), "login.failed", a.subject(), null, "failure " + failure.failures()));
		if (failure.lockedNow()) {
			events.publishEvent(new AccountMail.AccountLocked(a.subject(), clock.instant().plus(throttle.lockTime())));
			audit.record(new AuditEntry("system", "login.locked", a.subject(), null, null));
		}
	}
}
