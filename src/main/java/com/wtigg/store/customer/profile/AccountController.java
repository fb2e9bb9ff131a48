package com.wtigg.store.customer.profile;

import java.text.Collator;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.customer.AccountMail;
import com.wtigg.store.customer.account.Account;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.AddressBook;
import com.wtigg.store.customer.account.PasswordRules;
import com.wtigg.store.customer.account.PersonalInput;
import com.wtigg.store.shared.PostalAddress;
import com.wtigg.store.customer.login.Sessions;
import com.wtigg.store.customer.registration.Registration;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.Languages;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.AccountSection;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * The signed-in person's own page: name, phone and language; email (confirmed again before it is
 * used); password; the address book; sessions. Every change is audited.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private static final Set<String> NOTES = Set.of("saved", "emailSent", "passwordChanged", "addressSaved",
			"addressRemoved", "sessionsEnded", "newsletterSent", "newsletterWithdrawn");

	private final Accounts accounts;

	private final AddressBook addresses;

	private final PasswordRules passwords;

	private final Registration registration;

	private final Sessions sessions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<AccountSection> sections;

	AccountController(Accounts accounts, AddressBook addresses, PasswordRules passwords, Registration registration,
			Sessions sessions, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<AccountSection> sections) {
		this.sections = sections;
		this.accounts = accounts;
		this.addresses = addresses;
		this.passwords = passwords;
		this.registration = registration;
		this.sessions = sessions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) String note, Model model, Locale locale) {
		return show(model, locale, note != null && NOTES.contains(note) ? note : null, null, Map.of(), new FormErrors());
	}

	@PostMapping("/profile")
	String profile(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String language, Model model, Locale locale, HttpServletResponse response) {
		SignedIn me = me();
		FormErrors errors = new FormErrors();
		String cleanName = PersonalInput.name(name, errors, "name");
		Optional<String> cleanPhone = PersonalInput.phone(phone, "US", errors, "phone");
		Locale chosen = Languages.SUPPORTED.stream().filter(l -> Languages.tag(l).equals(language)).findFirst()
			.orElse(null);
		if (chosen == null) {
			errors.add("language", "account.language.invalid");
		}
		if (errors.any()) {
			return failed(model, locale, response, "profile", Map.of("name", name, "phone", phone, "language", language), errors);
		}
		accounts.updateProfile(me.subject(), cleanName, cleanPhone.orElse(null), chosen);
		audit.record(new AuditEntry(me.actor(), "profile.changed", me.subject(), null, "name, phone, language"));
		return "redirect:/account?note=saved";
	}

	@PostMapping("/email")
	@Transactional
	String email(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			Model model, Locale locale, HttpServletResponse response) {
		SignedIn me = me();
		Account account = account(me);
		FormErrors errors = new FormErrors();
		Optional<EmailAddress> address = PersonalInput.email(email, errors, "newEmail");
		if (!passwords.matches(password, account.passwordHash())) {
			errors.add("currentPasswordForEmail", "account.password.wrong");
		}
		if (address.isPresent() && !errors.any()) {
			if (address.get().value().equals(account.email())) {
				errors.add("newEmail", "account.email.same");
			}
			else if (accounts.emailInUse(address.get())) {
				errors.add("newEmail", "account.email.taken");
			}
		}
		if (errors.any()) {
			return failed(model, locale, response, "email", Map.of("newEmail", email), errors);
		}
		accounts.setPendingEmail(me.subject(), address.get());
		registration.sendVerification(me.subject(), true);
		audit.record(new AuditEntry(me.actor(), "email.change-requested", me.subject(), null, null));
		return "redirect:/account?note=emailSent";
	}

	@PostMapping("/password")
	@Transactional
	String password(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		SignedIn me = me();
		Account account = account(me);
		FormErrors errors = new FormErrors();
		if (!passwords.matches(currentPassword, account.passwordHash())) {
			errors.add("currentPassword", "account.password.wrong");
		}
		passwords.problem(newPassword, account.email(), account.name())
			.ifPresent(problem -> errors.add("newPassword", problem, PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH));
		if (errors.any()) {
			return failed(model, locale, response, "password", Map.of(), errors);
		}
		accounts.setPassword(me.subject(), passwords.hash(newPassword));
		int ended = sessions.endAll(me.subject(), request);
		events.publishEvent(new AccountMail.PasswordChanged(me.subject(), clock.instant()));
		audit.record(new AuditEntry(me.actor(), "password.changed", me.subject(), null, ended + " other sessions ended"));
		return "redirect:/account?note=passwordChanged";
	}

	@PostMapping("/addresses")
	String addAddress(@RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response) {
		return saveAddress(null, form, model, locale, response);
	}

	@PostMapping("/addresses/{id}")
	String changeAddress(@PathVariable String id, @RequestParam Map<String, String> form, Model model, Locale locale,
			HttpServletResponse response) {
		return saveAddress(uuid(id), form, model, locale, response);
	}

	@PostMapping("/addresses/{id}/remove")
	String removeAddress(@PathVariable String id) {
		SignedIn me = me();
		if (!addresses.remove(me.subject(), uuid(id))) {
			throw new NotFoundException();
		}
		audit.record(new AuditEntry(me.actor(), "address.removed", me.subject(), null, null));
		return "redirect:/account?note=addressRemoved";
	}

	private String saveAddress(UUID id, Map<String, String> form, Model model, Locale locale,
			HttpServletResponse response) {
		SignedIn me = me();
		FormErrors errors = new FormErrors();
		PostalAddress address = PostalAddress.of(form.get("recipient"), form.get("line1"), form.get("line2"),
				form.get("city"), form.get("region"), form.get("postalCode"), form.get("country"), form.get("addressPhone"),
				errors);
		if (errors.any()) {
			Map<String, String> typed = new HashMap<>(form);
			typed.remove("_csrf");
			return failed(model, locale, response, id == null ? "address" : "address-" + id, typed, errors);
		}
		if (id == null) {
			addresses.add(me.subject(), address);
		}
		else if (!addresses.replace(me.subject(), id, address)) {
			throw new NotFoundException();
		}
		audit.record(new AuditEntry(me.actor(), id == null ? "address.added" : "address.changed", me.subject(), null, null));
		return "redirect:/account?note=addressSaved";
	}

	private String failed(Model model, Locale locale, HttpServletResponse response, String form, Map<String, String> typed,
			FormErrors errors) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(model, locale, null, form, typed, errors);
	}

	private String show(Model model, Locale locale, String note, String failedForm, Map<String, String> typed,
			FormErrors errors) {
		SignedIn me = me();
		Account account = account(me);
		model.addAttribute("page", new AccountPage(account, addresses.of(me.subject()), note, failedForm, typed, errors,
				countries(locale)));
		model.addAttribute("sections", sections.orderedStream().toList());
		return "account/account";
	}

	private Account account(SignedIn me) {
		return accounts.find(me.subject()).orElseThrow(() -> new NotFoundException());
	}

	private static SignedIn me() {
		return SignedIn.current().orElseThrow(() -> new AccessDeniedException("sign in"));
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException();
		}
	}

	private static List<AccountPage.Country> countries(Locale locale) {
		Collator order = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new AccountPage.Country(code, Locale.of("", code).getDisplayCountry(locale)))
			.sorted((a, b) -> order.compare(a.name(), b.name()))
			.toList();
	}
}
