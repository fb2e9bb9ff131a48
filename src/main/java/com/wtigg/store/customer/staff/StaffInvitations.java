package com.wtigg.store.customer.staff;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.customer.AccountMail;
import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.AccountStatus;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.Sealing;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.security.StaffRole;

/**
 * Admins invite staff by email with their roles; the invited person sets their name and password
 * through the single-use link in the mail, then enrols the second factor.
 */
@Service
class StaffInvitations {

	private final Accounts accounts;

	private final AccountTokens tokens;

	private final Sealing sealing;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Duration lifetime;

	StaffInvitations(Accounts accounts, AccountTokens tokens, Sealing sealing, ApplicationEventPublisher events,
			AuditLog audit, @Value("${store.staff.invitation-days:7}") int days) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.sealing = sealing;
		this.events = events;
		this.audit = audit;
		this.lifetime = Duration.ofDays(days);
	}

	/** Makes the invited account, issues its link and has it mailed; all in one transaction. */
	@Transactional
	public SubjectId invite(SignedIn admin, EmailAddress email, Set<StaffRole> roles, Locale language) {
		SubjectId subject = accounts.createInvitedStaff(email, roles, language);
		AccountTokens.Issued issued = tokens.issue(subject, AccountTokens.Purpose.STAFF_INVITE, lifetime);
		events.publishEvent(new AccountMail.StaffInvited(subject, sealing.seal(subject, "/staff/invite/" + issued.token()),
				issued.expiresAt(), Set.copyOf(roles)));
		audit.record(new AuditEntry(admin.actor(), "staff.invited", subject, null, "roles " + names(roles)));
		return subject;
	}

	int lifetimeDays() {
		return (int) lifetime.toDays();
	}

	/** The invited account the link belongs to, while the link is good. */
	public Optional<Account> invited(String token) {
		return tokens.peek(token, AccountTokens.Purpose.STAFF_INVITE).flatMap(accounts::find).filter(StaffInvitations::open);
	}

	/** Uses the link up and sets the name and password; empty when the link is no longer good. */
	@Transactional
	public Optional<Account> accept(String token, String name, String passwordHash) {
		Optional<Account> invited = tokens.consume(token, AccountTokens.Purpose.STAFF_INVITE).flatMap(accounts::find)
			.filter(StaffInvitations::open);
		invited.ifPresent(account -> {
			accounts.acceptInvitation(account.subject(), name, passwordHash);
			audit.record(new AuditEntry("staff:" + account.subject(), "staff.invitation-accepted", account.subject(), null,
					"roles " + names(account.roles())));
		});
		return invited.flatMap(account -> accounts.find(account.subject()));
	}

	private static boolean open(Account account) {
		return account.staff() && account.status() == AccountStatus.INVITED;
	}

	private static String names(Set<StaffRole> roles) {
		return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(" "));
	}
}
