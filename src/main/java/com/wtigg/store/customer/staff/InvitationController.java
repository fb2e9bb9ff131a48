package com.wtigg.store.customer.staff;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.PasswordRules;
import com.wtigg.store.customer.login.SignIn;
import com.wtigg.store.shared.web.FormErrors;

/**
 * The page an invitation's link opens: the invited person chooses the name staff see and a
 * password, and goes on to enrol the second factor.
 */
@Controller
class InvitationController {

	private final StaffInvitations invitations;

	private final PasswordRules passwords;

	private final SignIn signIn;

	InvitationController(StaffInvitations invitations, PasswordRules passwords, SignIn signIn) {
		this.invitations = invitations;
		this.passwords = passwords;
		this.signIn = signIn;
	}

	@GetMapping("/staff/invite/{token}")
	String form(@PathVariable String token, HttpServletResponse response, Model model) {
		if (invitations.invited(token).isEmpty()) {
			return StaffSetupController.linkInvalid(response, model, "staff.invite.invalid");
		}
		return page(model, token, "", new FormErrors());
	}

	@PostMapping("/staff/invite/{token}")
	String accept(@PathVariable String token, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String passwordAgain,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<Account> invited = invitations.invited(token);
		if (invited.isEmpty()) {
			return StaffSetupController.linkInvalid(response, model, "staff.invite.invalid");
		}
		FormErrors errors = new FormErrors();
		String cleanName = StaffForms.name(name, errors);
		StaffForms.password(passwords, password, passwordAgain, errors, invited.get().email(), name);
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, token, StaffForms.shown(name), errors);
		}
		Optional<Account> accepted = invitations.accept(token, cleanName, passwords.hash(password));
		if (accepted.isEmpty()) {
			return StaffSetupController.linkInvalid(response, model, "staff.invite.invalid");
		}
		return "redirect:" + signIn.passwordAccepted(accepted.get(), request, response);
	}

	private static String page(Model model, String token, String name, FormErrors errors) {
		model.addAttribute("token", token);
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		return "staff/invite";
	}
}
