package com.wtigg.store.customer.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.customer.AccountMail;
import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.PasswordRules;
import com.wtigg.store.customer.account.Sealing;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Opens customer accounts and confirms their email addresses.
 */
@Service
public class Registration {

	private final Accounts accounts;

	private final AccountTokens tokens;

	private final Sealing sealing;

	private final PasswordRules passwords;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration verifyLinkLifetime;

	Registration(Accounts accounts, AccountTokens tokens, Sealing sealing, PasswordRules passwords, AuditLog audit,
			ApplicationEventPublisher events, Clock clock,
			@Value("${store.account.verify-link-lifetime:48h}") Duration verifyLinkLifetime) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.sealing = sealing;
		this.passwords = passwords;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.verifyLinkLifetime = verifyLinkLifetime;
	}

	/**
	 * Opens an unverified account and mails the confirmation link. When the address already has an
	 * account nothing is stored and the answer is the same, so the form tells no one who shops here;
	 * the owner gets a mail saying so.
	 */
	@Transactional
	public Optional<SubjectId> register(String name, EmailAddress email, Optional<String> phone, String password,
			Locale language) {
		Optional<Account> existing = accounts.findByEmail(email);
		if (existing.isPresent() || accounts.emailInUse(email)) {
			existing.ifPresent(owner -> events.publishEvent(new AccountMail.RegistrationAttempted(owner.subject(), clock.instant())));
			return Optional.empty();
		}
		SubjectId subject = accounts.createCustomer(email, name, phone.orElse(null), language, passwords.hash(password),
				LocalDate.now(clock));
		audit.record(new AuditEntry("subject:" + subject, "account.registered", subject, null, "age gate passed: 14 or older"));
		sendVerification(subject, false);
		return Optional.of(subject);
	}

	/** Mails a new confirmation link (to the new address when {@code newAddress}). */
	@Transactional
	public void sendVerification(SubjectId subject, boolean newAddress) {
		AccountTokens.Issued issued = tokens.issue(subject, AccountTokens.Purpose.VERIFY_EMAIL, verifyLinkLifetime);
		events.publishEvent(new AccountMail.VerifyEmail(subject,
				sealing.seal(subject, "/account/verify/" + issued.token()), issued.expiresAt(), newAddress));
	}

	/** Uses up a confirmation link: the account is active, or its new address takes effect. */
	@Transactional
	public boolean verify(String token) {
		Optional<SubjectId> subject = tokens.consume(token, AccountTokens.Purpose.VERIFY_EMAIL);
		subject.ifPresent(s -> accounts.find(s).ifPresent(account -> {
			if (account.pendingEmail() != null) {
				String former = account.email();
				EmailAddress confirmed = new EmailAddress(account.pendingEmail());
				if (accounts.findByEmail(confirmed).isPresent()) {
					return;
				}
				accounts.confirmPendingEmail(s, confirmed);
				events.publishEvent(new AccountMail.EmailChanged(s, sealing.seal(s, former), clock.instant()));
				audit.record(new AuditEntry("subject:" + s, "email.changed", s, null, null));
			}
			else {
				accounts.activate(s);
				audit.record(new AuditEntry("subject:" + s, "email.verified", s, null, null));
			}
		}));
		return subject.isPresent();
	}

	public boolean linkIsGood(String token) {
		return tokens.peek(token, AccountTokens.Purpose.VERIFY_EMAIL).isPresent();
	}
}
