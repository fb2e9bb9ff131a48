package com.wtigg.store.customer.staff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.FormErrors;

/**
 * The staff page, for admins only: who works in the back office, with which roles and whether
 * their second factor is on, and the form that invites someone new. Staff are employees, so
 * their names and emails are shown; each look at the list is audited.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class StaffController {

	private final Accounts accounts;

	private final StaffInvitations invitations;

	private final AuditLog audit;

	StaffController(Accounts accounts, StaffInvitations invitations, AuditLog audit) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.audit = audit;
	}

	@GetMapping("/admin/staff")
	public String list(@RequestParam(required = false) String invited, Model model) {
		model.addAttribute("invited", invited != null);
		return page(model, "", Set.of(), new FormErrors());
	}

	@PostMapping("/admin/staff/invitations")
	public String invite(@RequestParam(defaultValue = "") String email, @RequestParam(name = "role", required = false) List<String> roles,
			Locale locale, HttpServletResponse response, Model model) {
		FormErrors errors = new FormErrors();
		Optional<EmailAddress> address = StaffForms.email(email, errors);
		Set<StaffRole> chosen = EnumSet.noneOf(StaffRole.class);
		for (String role : roles == null ? List.<String>of() : roles) {
			parse(role).ifPresentOrElse(chosen::add, () -> errors.add("role", "staff.roles.unknown"));
		}
		if (chosen.isEmpty()) {
			errors.add("role", "staff.roles.missing");
		}
		if (address.isPresent() && accounts.emailInUse(address.get())) {
			errors.add("email", "staff.email.inUse");
		}
		if (!errors.any()) {
			try {
				invitations.invite(SignedIn.current().orElseThrow(), address.get(), chosen, locale);
				return "redirect:/admin/staff?invited";
			}
			catch (DuplicateKeyException e) {
				errors.add("email", "staff.email.inUse");
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("invited", false);
		return page(model, StaffForms.shown(email), chosen, errors);
	}

	private String page(Model model, String email, Set<StaffRole> chosen, FormErrors errors) {
		SignedIn admin = SignedIn.current().orElseThrow();
		List<Account> staff = new ArrayList<>(accounts.staff());
		audit.record(new AuditEntry(admin.actor(), "staff.listed", null, "staff administration", staff.size() + " accounts"));
		model.addAttribute("staff", staff);
		model.addAttribute("roles", List.of(StaffRole.values()));
		model.addAttribute("email", email);
		model.addAttribute("chosen", chosen);
		model.addAttribute("errors", errors);
		model.addAttribute("invitationDays", invitations.lifetimeDays());
		return "staff/list";
	}

	private static Optional<StaffRole> parse(String role) {
		for (StaffRole known : StaffRole.values()) {
			if (known.name().equals(role)) {
				return Optional.of(known);
			}
		}
		return Optional.empty();
	}
}
