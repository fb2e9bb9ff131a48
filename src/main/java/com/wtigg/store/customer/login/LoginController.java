package com.wtigg.store.customer.login;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.AccountStatus;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.PasswordRules;
import com.wtigg.store.customer.registration.Registration;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.StoreCookie;

/**
 * Signing in and out. A wrong email and a wrong password get the same answer; repeated failures
 * slow down and then lock, per account and per client address.
 */
@Controller
@RequestMapping("/account")
class LoginController {

	private final Accounts accounts;

	private final PasswordRules passwords;

	private final LoginThrottle throttle;

	private final SignIn signIn;

	private final Sessions sessions;

	private final Registration registration;

	private final AuditLog audit;

	private final FailedSignIns failures;

	private final Clock clock;

	LoginController(Accounts accounts, PasswordRules passwords, LoginThrottle throttle, SignIn signIn, Sessions sessions,
			Registration registration, AuditLog audit, FailedSignIns failures, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.signIn = signIn;
		this.sessions = sessions;
		this.registration = registration;
		this.audit = audit;
		this.failures = failures;
		this.clock = clock;
	}

	@GetMapping("/login")
	String form(Model model, @RequestParam(required = false) String verified, @RequestParam(required = false) String reset,
			@RequestParam(required = false) String signedOut) {
		model.addAttribute("email", "");
		model.addAttribute("errors", new FormErrors());
		model.addAttribute("notice", verified != null ? "login.verified" : reset != null ? "login.passwordReset"
				: signedOut != null ? "login.signedOut" : null);
		return "account/login";
	}

	@PostMapping("/login")
	String signIn(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		FormErrors errors = new FormErrors();
		Optional<EmailAddress> address = EmailAddress.parse(email);
		if (email.isBlank()) {
			errors.add("email", "form.email.missing");
		}
		else if (address.isEmpty()) {
			errors.add("email", "form.email.invalid");
		}
		if (password.isEmpty()) {
			errors.add("password", "password.missing");
		}
		if (errors.any()) {
			return again(model, response, email, errors, HttpStatus.UNPROCESSABLE_CONTENT, null);
		}
		byte[] accountKey = throttle.accountKey(address.get().value());
		byte[] addressKey = throttle.addressKey(request.getRemoteAddr());
		Optional<Duration> wait = throttle.waitForAddress(addressKey).or(() -> throttle.waitForAccount(accountKey));
		if (wait.isPresent()) {
			audit.record(new AuditEntry("system", "login.throttled", null, null, null));
			long seconds = Math.max(1, wait.get().toSeconds());
			return again(model, response, email, errors.add("password", seconds > 90 ? "login.locked" : "login.wait",
					seconds > 90 ? (seconds + 59) / 60 : seconds), HttpStatus.TOO_MANY_REQUESTS, null);
		}
		Optional<Account> account = accounts.findByEmail(address.get())
			.filter(a -> a.status() != AccountStatus.CLOSED && a.status() != AccountStatus.INVITED);
		if (account.isEmpty() || !passwords.matches(password, account.get().passwordHash())) {
			failures.record(account, accountKey, addressKey);
			return again(model, response, email, errors.add("password", "login.wrong"), HttpStatus.UNAUTHORIZED, null);
		}
		if (account.get().lockedUntil() != null && account.get().lockedUntil().isAfter(clock.instant())) {
			long minutes = Math.max(1, Duration.between(clock.instant(), account.get().lockedUntil()).toMinutes() + 1);
			audit.record(new AuditEntry("subject:" + account.get().subject(), "login.refused-locked", account.get().subject(),
					null, null));
			return again(model, response, email, errors.add("password", "login.locked", minutes),
					HttpStatus.TOO_MANY_REQUESTS, null);
		}
		if (account.get().status() == AccountStatus.UNVERIFIED) {
			registration.sendVerification(account.get().subject(), false);
			return again(model, response, email, errors, HttpStatus.FORBIDDEN, "login.unverified");
		}
		throttle.succeeded(accountKey);
		return "redirect:" + signIn.passwordAccepted(account.get(), request, response);
	}

	private static String again(Model model, HttpServletResponse response, String email, FormErrors errors,
			HttpStatus status, String notice) {
		response.setStatus(status.value());
		model.addAttribute("email", email.length() > 254 ? email.substring(0, 254) : email);
		model.addAttribute("errors", errors);
		model.addAttribute("notice", notice);
		return "account/login";
	}

	@PostMapping("/logout")
	String signOut(HttpServletRequest request, HttpServletResponse response) {
		Optional<SignedIn> who = SignedIn.current();
		sessions.endCurrent(request);
		// the cart is the customer's: it stays with the account, not with the browser
		StoreCookie.CART.clear(request, response);
		who.ifPresent(s -> audit.record(new AuditEntry(s.actor(), "logout", s.subject(), null, null)));
		return "redirect:/account/login?signedOut";
	}

	@PostMapping("/sessions/end-others")
	String endOthers(HttpServletRequest request) {
		SignedIn who = SignedIn.current().orElseThrow();
		int ended = sessions.endAll(who.subject(), request);
		audit.record(new AuditEntry(who.actor(), "sessions.ended", who.subject(), null, ended + " other sessions"));
		return "redirect:/account?note=sessionsEnded";
	}
}
