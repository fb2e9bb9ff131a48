package com.wtigg.store.customer.login;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.PasswordRules;
import com.wtigg.store.customer.account.PersonalInput;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.web.FormErrors;

/**
 * "Forgot your password?": asking for a link, and choosing a new password from it.
 */
@Controller
@RequestMapping("/account/reset")
class PasswordResetController {

	private final PasswordReset reset;

	private final PasswordRules passwords;

	private final Accounts accounts;

	PasswordResetController(PasswordReset reset, PasswordRules passwords, Accounts accounts) {
		this.reset = reset;
		this.passwords = passwords;
		this.accounts = accounts;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("errors", new FormErrors());
		return "account/reset";
	}

	@PostMapping
	String request(@RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
		FormErrors errors = new FormErrors();
		Optional<EmailAddress> address = PersonalInput.email(email, errors, "email");
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("email", email.length() > 254 ? email.substring(0, 254) : email);
			model.addAttribute("errors", errors);
			return "account/reset";
		}
		reset.requested(address.get());
		return "redirect:/account/reset/sent";
	}

	@GetMapping("/sent")
	String sent() {
		return "account/reset-sent";
	}

	@GetMapping("/{token}")
	String choose(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!reset.linkIsGood(token)) {
			response.setStatus(HttpStatus.GONE.value());
		}
		return choosePage(model, token, reset.linkIsGood(token), new FormErrors());
	}

	@PostMapping("/new")
	String chosen(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			Model model, HttpServletResponse response) {
		var subject = reset.subjectOf(token);
		if (subject.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			return choosePage(model, "", false, new FormErrors());
		}
		FormErrors errors = new FormErrors();
		String email = accounts.find(subject.get()).map(a -> a.email()).orElse(null);
		passwords.problem(password, email).ifPresent(problem -> errors.add("password", problem,
				PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH));
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return choosePage(model, token, true, errors);
		}
		if (!reset.reset(token, password)) {
			response.setStatus(HttpStatus.GONE.value());
			return choosePage(model, "", false, new FormErrors());
		}
		return "redirect:/account/login?reset";
	}

	private static String choosePage(Model model, String token, boolean good, FormErrors errors) {
		model.addAttribute("token", token);
		model.addAttribute("good", good);
		model.addAttribute("errors", errors);
		return "account/reset-choose";
	}
}
