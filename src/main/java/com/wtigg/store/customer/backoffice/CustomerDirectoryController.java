package com.wtigg.store.customer.backoffice;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.privacy.Restrictions;
import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.AccountKind;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.BadRequestException;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * Customers in the back office. The list shows no personal data (ids, status, dates); a customer's
 * personal data opens only once the staff member names the purpose, and every such view is
 * written to the audit log with who looked, at whom, and why. The search by email goes through
 * the blind index and a POST, so the address never appears in a URL or an access log.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SUPPORT_AGENT', 'FULFILMENT', 'PRIVACY_OFFICER')")
class CustomerDirectoryController {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final int EMAIL_SHOWN_MAX = 300;

	private final CustomerDirectory directory;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Restrictions restrictions;

	CustomerDirectoryController(CustomerDirectory directory, Accounts accounts, AuditLog audit, Restrictions restrictions) {
		this.directory = directory;
		this.accounts = accounts;
		this.audit = audit;
		this.restrictions = restrictions;
	}

	@GetMapping("/admin/customers")
	public String list(@RequestParam(defaultValue = "1") int page, Model model) {
		return listPage(model, page, "", new FormErrors(), false);
	}

	@PostMapping("/admin/customers/search")
	public String search(@RequestParam(defaultValue = "") String email, HttpServletResponse response, Model model) {
		FormErrors errors = new FormErrors();
		Optional<EmailAddress> address = Optional.empty();
		if (email.isBlank()) {
			errors.add("email", "customers.search.missing");
		}
		else {
			address = EmailAddress.parse(email);
			if (address.isEmpty()) {
				errors.add("email", "customers.search.invalid");
			}
		}
		String shown = shown(email);
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return listPage(model, 1, shown, errors, false);
		}
		SignedIn staff = staff();
		Optional<Account> found = accounts.findByEmail(address.get()).filter(a -> a.kind() == AccountKind.CUSTOMER);
		audit.record(new AuditEntry(staff.actor(), "customer.searched", found.map(Account::subject).orElse(null), null,
				found.isPresent() ? "by email, found" : "by email, no match"));
		if (found.isEmpty()) {
			return listPage(model, 1, shown, errors, true);
		}
		return "redirect:/admin/customers/" + found.get().subject();
	}

	@GetMapping("/admin/customers/{id}")
	public String customer(@PathVariable String id, @RequestParam(required = false) String purpose,
			HttpServletResponse response, Model model) {
		SignedIn staff = staff();
		Account customer = customer(id);
		model.addAttribute("subject", customer.subject().toString());
		model.addAttribute("purposes", ViewPurpose.allowed(staff.roles()));
		if (purpose == null) {
			model.addAttribute("errors", new FormErrors());
			return "backoffice/customer-purpose";
		}
		Optional<ViewPurpose> reason = ViewPurpose.of(purpose);
		if (reason.isEmpty() || !reason.get().allowedFor(staff.roles())) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", new FormErrors().add("purpose",
					reason.isEmpty() ? "customers.purpose.missing" : "customers.purpose.notYours"));
			return "backoffice/customer-purpose";
		}
		audit.record(new AuditEntry(staff.actor(), "customer.viewed", customer.subject(), reason.get().param(), null));
		model.addAttribute("customer", customer);
		model.addAttribute("restricted", restrictions.restricted(customer.subject()));
		model.addAttribute("purposeKey", reason.get().messageKey());
		return "backoffice/customer";
	}

	private String listPage(Model model, int page, String email, FormErrors errors, boolean noMatch) {
		int total = directory.count();
		int pages = Math.max(1, (total + CustomerDirectory.PAGE_SIZE - 1) / CustomerDirectory.PAGE_SIZE);
		if (page < 1 || page > pages) {
			throw new BadRequestException("customers.page", pages);
		}
		model.addAttribute("rows", directory.recent(page));
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("total", total);
		model.addAttribute("email", email);
		model.addAttribute("errors", errors);
		model.addAttribute("noMatch", noMatch);
		return "backoffice/customers";
	}

	private Account customer(String id) {
		if (id == null || !UUID_TEXT.matcher(id).matches()) {
			throw new NotFoundException();
		}
		return accounts.find(new SubjectId(UUID.fromString(id))).filter(a -> a.kind() == AccountKind.CUSTOMER)
			.orElseThrow(NotFoundException::new);
	}

	private static SignedIn staff() {
		return SignedIn.current().filter(SignedIn::staff).orElseThrow(NotFoundException::new);
	}

	private static String shown(String typed) {
		StringBuilder shown = new StringBuilder();
		typed.codePoints().filter(c -> !Character.isISOControl(c)).limit(EMAIL_SHOWN_MAX).forEach(shown::appendCodePoint);
		return shown.toString();
	}
}
