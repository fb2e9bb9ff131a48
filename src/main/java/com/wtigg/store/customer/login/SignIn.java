package com.wtigg.store.customer.login;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.cart.CartApi;
import com.wtigg.store.customer.AccountMail;
import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.security.SecondFactor;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.Browsers;
import com.wtigg.store.shared.web.StoreCookie;

/**
 * Turns a checked password (and, where needed, a checked second factor) into a signed-in
 * session: a new session id every step, the principal by subject id only, the guest cart
 * merged, a warning mail for a new browser, an audit entry.
 */
@Component
public class SignIn {

	private final SecurityContextRepository contexts;

	private final Accounts accounts;

	private final CartApi carts;

	private final KnownDevices devices;

	private final Browsers browsers;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignIn(SecurityContextRepository contexts, Accounts accounts, CartApi carts, KnownDevices devices, Browsers browsers,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.contexts = contexts;
		this.accounts = accounts;
		this.carts = carts;
		this.devices = devices;
		this.browsers = browsers;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The password was right: signs in, or, when the account needs a second factor, opens only
	 * the second-factor pages. Returns where the browser goes next.
	 */
	@Transactional
	public String passwordAccepted(Account account, HttpServletRequest request, HttpServletResponse response) {
		if (account.needsSecondFactor()) {
			establish(new SignedIn(account.subject(), account.roles()), List.of(new SimpleGrantedAuthority(SecondFactor.PENDING)),
					request, response);
			audit.record(new AuditEntry("subject:" + account.subject(), "login.password-accepted", account.subject(), null,
					"second factor " + (account.secondFactorEnabled() ? "due" : "to enrol")));
			return "/account/second-factor";
		}
		return complete(account, request, response);
	}

	/** Everything is checked: the person is signed in. Returns where the browser goes next. */
	@Transactional
	public String complete(Account account, HttpServletRequest request, HttpServletResponse response) {
		SignedIn principal = new SignedIn(account.subject(), account.roles());
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (account.staff()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + StaffRole.STAFF));
			account.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		}
		else {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + StaffRole.CUSTOMER));
		}
		establish(principal, authorities, request, response);
		accounts.touch(account.subject(), clock.instant());
		if (!account.staff()) {
			Optional<UUID> guest = StoreCookie.CART.uuidIn(request);
			carts.signedIn(guest, account.subject())
				.ifPresent(cart -> StoreCookie.CART.set(request, response, cart.toString()));
		}
		if (devices.signedInFrom(account.subject(), request, response)) {
			Browsers.Browser browser = browsers.describe(request.getHeader("User-Agent"));
			events.publishEvent(new AccountMail.NewDeviceSignIn(account.subject(), clock.instant(), browser.name(),
					browser.operatingSystem()));
			audit.record(new AuditEntry(principal.actor(), "login.new-device", account.subject(), null, browser.name()));
		}
		audit.record(new AuditEntry(principal.actor(), "login.succeeded", account.subject(), null, null));
		return account.staff() ? "/admin" : "/account";
	}

	private void establish(SignedIn principal, List<GrantedAuthority> authorities, HttpServletRequest request,
			HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			request.changeSessionId();
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
