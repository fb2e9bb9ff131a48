package com.wtigg.store.customer.staff;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.PasswordRules;
import com.wtigg.store.customer.login.SignIn;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.web.FormErrors;

/**
 * The page that makes the first admin with the setup token from the log, then sends them on to
 * enrol their second factor.
 */
@Controller
class StaffSetupController {

	private final StaffSetup setup;

	private final Accounts accounts;

	private final PasswordRules passwords;

	private final SignIn signIn;

	StaffSetupController(StaffSetup setup, Accounts accounts, PasswordRules passwords, SignIn signIn) {
		this.setup = setup;
		this.accounts = accounts;
		this.passwords = passwords;
		this.signIn = signIn;
	}

	@GetMapping("/staff/setup")
	String form(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
		Optional<String> refused = refusal(token);
		if (refused.isPresent()) {
			return linkInvalid(response, model, refused.get());
		}
		return page(model, token, "", "", new FormErrors());
	}

	@PostMapping("/staff/setup")
	String create(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordAgain, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<String> refused = refusal(token);
		if (refused.isPresent()) {
			return linkInvalid(response, model, refused.get());
		}
		FormErrors errors = new FormErrors();
		String cleanName = StaffForms.name(name, errors);
		Optional<EmailAddress> address = StaffForms.email(email, errors);
		StaffForms.password(passwords, password, passwordAgain, errors, email, name);
		if (address.isPresent() && accounts.emailInUse(address.get())) {
			errors.add("email", "staff.email.inUse");
		}
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, token, StaffForms.shown(name), StaffForms.shown(email), errors);
		}
		Optional<SubjectId> admin;
		try {
			admin = setup.createFirstAdmin(token, address.get(), cleanName, locale, passwords.hash(password));
		}
		catch (DuplicateKeyException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, token, StaffForms.shown(name), StaffForms.shown(email),
					new FormErrors().add("email", "staff.email.inUse"));
		}
		Optional<Account> account = admin.flatMap(accounts::find);
		if (account.isEmpty()) {
			return linkInvalid(response, model, "staff.setup.invalid");
		}
		return "redirect:" + signIn.passwordAccepted(account.get(), request, response);
	}

	private Optional<String> refusal(String token) {
		if (!setup.needed()) {
			return Optional.of("staff.setup.done");
		}
		return setup.valid(token) ? Optional.empty() : Optional.of("staff.setup.invalid");
	}

	private static String page(Model model, String token, String name, String email, FormErrors errors) {
		model.addAttribute("token", token);
		model.addAttribute("name", name);
		model.addAttribute("email", email);
		model.addAttribute("errors", errors);
		return "staff/setup";
	}

	static String linkInvalid(HttpServletResponse response, Model model, String messageKey) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("messageKey", messageKey);
		return "staff/link-invalid";
	}
}
