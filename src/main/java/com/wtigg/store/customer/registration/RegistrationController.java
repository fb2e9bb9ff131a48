package com.wtigg.store.customer.registration;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletResponse;

import com.wtigg.store.customer.account.PasswordRules;
import com.wtigg.store.customer.account.PersonalInput;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.web.FormErrors;

/**
 * The registration form with its age gate, and the email confirmation link.
 */
@Controller
@RequestMapping("/account")
class RegistrationController {

	private final Registration registration;

	private final PasswordRules passwords;

	private final Clock clock;

	RegistrationController(Registration registration, PasswordRules passwords, Clock clock) {
		this.registration = registration;
		this.passwords = passwords;
		this.clock = clock;
	}

	@GetMapping("/register")
	String form(Model model) {
		model.addAttribute("form", RegistrationView.of(RegistrationForm.empty()));
		model.addAttribute("errors", new FormErrors());
		return "account/register";
	}

	@PostMapping("/register")
	String register(@ModelAttribute RegistrationForm form, Model model, Locale locale,
			HttpServletResponse response) {
		FormErrors errors = new FormErrors();
		PersonalInput.AgeCheck age = PersonalInput.age(form.birthDate(), clock, errors, "birthDate");
		if (age == PersonalInput.AgeCheck.TOO_YOUNG) {
			// nothing of the attempt is kept, not even the email
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "account/too-young";
		}
		String name = PersonalInput.name(form.name(), errors, "name");
		Optional<EmailAddress> email = PersonalInput.email(form.email(), errors, "email");
		Optional<String> phone = PersonalInput.phone(form.phone(), "US", errors, "phone");
		passwords.problem(form.password(), form.email(), name).ifPresent(problem -> errors.add("password", problem,
				PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH));
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("form", RegistrationView.of(form));
			model.addAttribute("errors", errors);
			return "account/register";
		}
		registration.register(name, email.get(), phone, form.password(), locale);
		return "redirect:/account/register/sent";
	}

	@GetMapping("/register/sent")
	String sent() {
		return "account/register-sent";
	}

	/** The link from the mail shows a button: mail scanners that follow links use up nothing. */
	@GetMapping("/verify/{token}")
	String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
		boolean good = registration.linkIsGood(token);
		if (!good) {
			response.setStatus(HttpStatus.GONE.value());
		}
		model.addAttribute("token", token);
		model.addAttribute("good", good);
		return "account/verify";
	}

	@PostMapping("/verify")
	String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		if (registration.verify(token)) {
			return "redirect:/account/login?verified";
		}
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("token", "");
		model.addAttribute("good", false);
		return "account/verify";
	}
}
