package com.wtigg.store.customer.secondfactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.StoreIdentity;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * Where a customer turns two-step sign-in on (enrolment, recovery codes) or off (with a current
 * code or the password). Staff never come here: their second factor cannot be turned off.
 */
@Controller
@RequestMapping("/account/security/two-step")
@PreAuthorize("hasRole('CUSTOMER')")
class TwoStepController {

	private static final String BASE = "/account/security/two-step";

	private final Accounts accounts;

	private final SecondFactors factors;

	private final StoreIdentity store;

	TwoStepController(Accounts accounts, SecondFactors factors, StoreIdentity store) {
		this.accounts = accounts;
		this.factors = factors;
		this.store = store;
	}

	@GetMapping
	public String page(@RequestParam(required = false) String off, Model model) {
		Account account = account();
		return statusPage(model, account, off != null, new FormErrors());
	}

	@PostMapping("/start")
	public String start() {
		Account account = account();
		if (!account.secondFactorEnabled()) {
			factors.restart(account);
			return "redirect:" + BASE + "/enrol";
		}
		return "redirect:" + BASE;
	}

	@GetMapping("/enrol")
	public String enrolment(Model model) {
		Account account = account();
		if (account.secondFactorEnabled()) {
			return "redirect:" + BASE;
		}
		return SecondFactorController.enrolPage(model, factors.enrolment(account), account, new FormErrors(), BASE + "/enrol");
	}

	@PostMapping("/enrol")
	public String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Account account = account();
		if (account.secondFactorEnabled() || account.totpSecret() == null) {
			return "redirect:" + BASE;
		}
		SecondFactors.Enrolled enrolled = factors.enrol(account, signedIn(), code);
		return switch (enrolled.outcome()) {
			case ACCEPTED -> {
				model.addAttribute("codes", enrolled.recoveryCodes());
				model.addAttribute("continueAction", null);
				model.addAttribute("backHref", BASE);
				yield "secondfactor/codes";
			}
			case ENDED -> SecondFactorController.ended(request, response);
			case MISSING, WRONG -> {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				yield SecondFactorController.enrolPage(model, factors.enrolment(account), account,
						SecondFactorController.codeError(enrolled.outcome(), store), BASE + "/enrol");
			}
		};
	}

	@PostMapping("/off")
	public String turnOff(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Account account = account();
		SecondFactors.Outcome outcome = factors.turnOff(account, signedIn(), code, password);
		return switch (outcome) {
			case ACCEPTED -> "redirect:" + BASE + "?off";
			case ENDED -> SecondFactorController.ended(request, response);
			case MISSING, WRONG -> {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				yield statusPage(model, account, false, new FormErrors().add("code",
						outcome == SecondFactors.Outcome.MISSING ? "secondFactor.off.missing" : "secondFactor.off.wrong"));
			}
		};
	}

	private String statusPage(Model model, Account account, boolean turnedOff, FormErrors errors) {
		model.addAttribute("enabled", account.secondFactorEnabled());
		model.addAttribute("turnedOff", turnedOff && !account.secondFactorEnabled());
		model.addAttribute("codesLeft", account.secondFactorEnabled() ? factors.recoveryCodesLeft(account) : 0);
		model.addAttribute("errors", errors);
		return "secondfactor/two-step";
	}

	private static SignedIn signedIn() {
		return SignedIn.current().orElseThrow(NotFoundException::new);
	}

	private Account account() {
		return accounts.find(signedIn().subject()).filter(a -> !a.staff()).orElseThrow(NotFoundException::new);
	}
}
