package com.wtigg.store.notification.mailbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * The back office's mailbox: the mail the embedded SMTP server received, for admins testing the
 * store (a confirmation link can be followed from here). Only in the local run; every view is
 * recorded in the audit log, as the mails hold addresses and names.
 */
@Controller
@RequestMapping("/admin/mailbox")
@ConditionalOnBooleanProperty("store.mail.embedded")
class MailboxController {

	private static final String PURPOSE = "testing the store's mail";

	private final Mailbox mailbox;

	private final AuditLog audit;

	MailboxController(Mailbox mailbox, AuditLog audit) {
		this.mailbox = mailbox;
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	String list(Model model) {
		model.addAttribute("mails", mailbox.list());
		viewed("list");
		return "notification/mailbox";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String show(@PathVariable String id, Model model) {
		ReceivedMail mail = mailbox.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("mail", mail);
		viewed("mail " + id);
		return "notification/mailboxMail";
	}

	/**
	 * Leaves a refusal by the role check to Spring Security, which answers 403 (or sends a
	 * visitor to sign in) instead of the store's generic error page.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	void refused(AccessDeniedException refusal) {
		throw refusal;
	}

	private void viewed(String what) {
		String actor = SignedIn.current().map(SignedIn::actor).orElse("staff:unknown");
		audit.record(new AuditEntry(actor, "mailbox.viewed", null, PURPOSE, what));
	}
}
