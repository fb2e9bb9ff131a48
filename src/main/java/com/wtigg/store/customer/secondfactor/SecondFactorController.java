package com.wtigg.store.customer.secondfactor;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.AccountStatus;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.login.SignIn;
import com.wtigg.store.shared.StoreIdentity;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;

/**
 * The step after a right password for accounts with a second factor (staff always): enrolment
 * when it is not on yet, else a code from the authenticator app or a recovery code. Only a
 * session with the pending authority reaches these pages.
 */
@Controller
@RequestMapping("/account/second-factor")
class SecondFactorController {

	/** Set once this session proved the second factor while enrolling, until it goes on to sign in. */
	static final String ENROLLED = "store.second-factor.enrolled";

	private static final String BASE = "/account/second-factor";

	private final Accounts accounts;

	private final SecondFactors factors;

	private final SignIn signIn;

	private final StoreIdentity store;

	SecondFactorController(Accounts accounts, SecondFactors factors, SignIn signIn, StoreIdentity store) {
		this.accounts = accounts;
		this.factors = factors;
		this.signIn = signIn;
		this.store = store;
	}

	private record Pending(SignedIn principal, Account account) {
	}

	@GetMapping
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<Pending> pending = pending();
		if (pending.isEmpty()) {
			return leave(request, response);
		}
		Account account = pending.get().account();
		if (factors.locked(account)) {
			return ended(request, response);
		}
		if (!account.secondFactorEnabled()) {
			return enrolPage(model, factors.enrolment(account), account, new FormErrors());
		}
		return codePage(model, new FormErrors());
	}

	@PostMapping("/enrol")
	String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Optional<Pending> pending = pending();
		if (pending.isEmpty()) {
			return leave(request, response);
		}
		Account account = pending.get().account();
		if (factors.locked(account)) {
			return ended(request, response);
		}
		if (account.secondFactorEnabled() || account.totpSecret() == null) {
			return "redirect:" + BASE;
		}
		SecondFactors.Enrolled enrolled = factors.enrol(account, pending.get().principal(), code);
		return switch (enrolled.outcome()) {
			case ACCEPTED -> {
				request.getSession().setAttribute(ENROLLED, account.subject().toString());
				model.addAttribute("codes", enrolled.recoveryCodes());
				model.addAttribute("continueAction", BASE + "/continue");
				model.addAttribute("backHref", null);
				yield "secondfactor/codes";
			}
			case ENDED -> ended(request, response);
			case MISSING, WRONG -> {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				yield enrolPage(model, factors.enrolment(account), account, codeError(enrolled.outcome(), store));
			}
		};
	}

	@PostMapping("/continue")
	String proceed(HttpServletRequest request, HttpServletResponse response) {
		Optional<Pending> pending = pending();
		if (pending.isEmpty()) {
			return leave(request, response);
		}
		HttpSession session = request.getSession(false);
		Account account = pending.get().account();
		if (session == null || !account.subject().toString().equals(session.getAttribute(ENROLLED))
				|| !account.secondFactorEnabled()) {
			return "redirect:" + BASE;
		}
		session.removeAttribute(ENROLLED);
		return "redirect:" + signIn.complete(account, request, response);
	}

	@PostMapping
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return check(request, response, (account, principal) -> factors.verify(account, principal, code),
				outcome -> codePage(model, codeError(outcome, store)));
	}

	/**
	 * Checks a code (or recovery code) of the pending sign-in: signs in when right, ends the
	 * session when too many were wrong, else shows the form again with its message.
	 */
	private String check(HttpServletRequest request, HttpServletResponse response,
			BiFunction<Account, SignedIn, SecondFactors.Outcome> checker,
			Function<SecondFactors.Outcome, String> again) {
		Optional<Pending> pending = pending();
		if (pending.isEmpty()) {
			return leave(request, response);
		}
		Account account = pending.get().account();
		if (factors.locked(account)) {
			return ended(request, response);
		}
		if (!account.secondFactorEnabled()) {
			return "redirect:" + BASE;
		}
		SecondFactors.Outcome outcome = checker.apply(account, pending.get().principal());
		return switch (outcome) {
			case ACCEPTED -> "redirect:" + signIn.complete(account, request, response);
			case ENDED -> ended(request, response);
			case MISSING, WRONG -> {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				yield again.apply(outcome);
			}
		};
	}

	@GetMapping("/recovery")
	String recoveryForm(HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<Pending> pending = pending();
		if (pending.isEmpty()) {
			return leave(request, response);
		}
		if (!pending.get().account().secondFactorEnabled()) {
			return "redirect:" + BASE;
		}
		model.addAttribute("errors", new FormErrors());
		return "secondfactor/recovery";
	}

	@PostMapping("/recovery")
	String recover(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return check(request, response, (account, principal) -> factors.recover(account, principal, code), outcome -> {
			model.addAttribute("errors", new FormErrors().add("code",
					outcome == SecondFactors.Outcome.MISSING ? "secondFactor.recovery.missing" : "secondFactor.recovery.wrong"));
			return "secondfactor/recovery";
		});
	}

	private Optional<Pending> pending() {
		return PendingSignIn.principal()
			.flatMap(principal -> accounts.find(principal.subject())
				.filter(account -> account.status() == AccountStatus.ACTIVE && account.needsSecondFactor())
				.map(account -> new Pending(principal, account)));
	}

	static FormErrors codeError(SecondFactors.Outcome outcome, StoreIdentity store) {
		return new FormErrors().add("code",
				outcome == SecondFactors.Outcome.MISSING ? "secondFactor.code.missing" : "secondFactor.code.wrong", store.name());
	}

	static String enrolPage(Model model, SecondFactors.Enrolment enrolment, Account account, FormErrors errors,
			String action) {
		model.addAttribute("qrCode", enrolment.qrCode());
		model.addAttribute("secret", enrolment.secret());
		model.addAttribute("staff", account.staff());
		model.addAttribute("action", action);
		model.addAttribute("errors", errors);
		return "secondfactor/enrol";
	}

	private static String enrolPage(Model model, SecondFactors.Enrolment enrolment, Account account, FormErrors errors) {
		return enrolPage(model, enrolment, account, errors, BASE + "/enrol");
	}

	private static String codePage(Model model, FormErrors errors) {
		model.addAttribute("errors", errors);
		return "secondfactor/code";
	}

	private static String leave(HttpServletRequest request, HttpServletResponse response) {
		PendingSignIn.end(request, response);
		return "redirect:/account/login";
	}

	static String ended(HttpServletRequest request, HttpServletResponse response) {
		PendingSignIn.end(request, response);
		return "secondfactor/ended";
	}
}
