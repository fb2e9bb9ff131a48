package com.wtigg.store.notification.sending;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wtigg.store.customer.AccountMail.AccountLocked;
import com.wtigg.store.customer.AccountMail.RegistrationAttempted;
import com.wtigg.store.customer.AccountMail.EmailChanged;
import com.wtigg.store.customer.AccountMail.NewDeviceSignIn;
import com.wtigg.store.customer.AccountMail.PasswordChanged;
import com.wtigg.store.customer.AccountMail.ResetPassword;
import com.wtigg.store.customer.AccountMail.StaffInvited;
import com.wtigg.store.customer.AccountMail.VerifyEmail;
import com.wtigg.store.customer.CustomerApi;
import com.wtigg.store.customer.MailRecipient;
import com.wtigg.store.shared.Languages;
import com.wtigg.store.shared.SubjectId;

/**
 * Turns each account event into its mail. Each listener runs after the publishing transaction
 * commits, in a transaction of its own; the event publication registry delivers it again (on
 * restart or resubmission) until it completes, and {@link MailDelivery} sends it only once.
 */
@Component
class AccountMailListener {

	/** Where a person asks for a new password, unasked (the link of alerts). */
	static final String NEW_PASSWORD = "/account/reset";

	static final String SIGN_IN = "/account/login";

	private final MailDelivery delivery;

	private final CustomerApi customers;

	private final MailLinks links;

	private final MessageSource messages;

	AccountMailListener(MailDelivery delivery, CustomerApi customers, MailLinks links, MessageSource messages) {
		this.delivery = delivery;
		this.customers = customers;
		this.links = links;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(VerifyEmail event) {
		delivery.once(event, () -> (event.newAddress() ? customers.pendingRecipient(event.subject())
				: customers.recipient(event.subject()))
			.flatMap(to -> link(event.subject(), event.sealedLink())
				.map(link -> new Letter(to, Map.of("link", link, "expiresAt", event.expiresAt())))));
	}

	@ApplicationModuleListener
	void on(ResetPassword event) {
		delivery.once(event, () -> customers.recipient(event.subject())
			.flatMap(to -> link(event.subject(), event.sealedLink())
				.map(link -> new Letter(to, Map.of("link", link, "expiresAt", event.expiresAt())))));
	}

	@ApplicationModuleListener
	void on(NewDeviceSignIn event) {
		delivery.once(event, () -> customers.recipient(event.subject())
			.map(to -> new Letter(to, Map.of("at", event.at(), "device", device(event, to), "link",
					links.absolute(NEW_PASSWORD)))));
	}

	@ApplicationModuleListener
	void on(PasswordChanged event) {
		delivery.once(event, () -> customers.recipient(event.subject())
			.map(to -> new Letter(to, Map.of("at", event.at(), "link", links.absolute(NEW_PASSWORD)))));
	}

	/** Told to the former address, greeting with the account's name, in its language. */
	@ApplicationModuleListener
	void on(EmailChanged event) {
		delivery.once(event, () -> customers.recipient(event.subject())
			.flatMap(account -> customers.unseal(event.subject(), event.sealedFormerAddress())
				.map(former -> new MailRecipient(former, account.name(), account.language())))
			.map(to -> new Letter(to, Map.of("at", event.at(), "link", links.absolute(SIGN_IN)))));
	}

	@ApplicationModuleListener
	void on(StaffInvited event) {
		delivery.once(event, () -> customers.recipient(event.subject())
			.flatMap(to -> link(event.subject(), event.sealedLink())
				.map(link -> new Letter(to, Map.of("link", link, "expiresAt", event.expiresAt(), "roles",
						roles(event, to))))));
	}

	@ApplicationModuleListener
	void on(AccountLocked event) {
		delivery.once(event, () -> customers.recipient(event.subject())
			.map(to -> new Letter(to, Map.of("until", event.until(), "link", links.absolute(NEW_PASSWORD)))));
	}

	@ApplicationModuleListener
	void on(RegistrationAttempted event) {
		delivery.once(event, () -> customers.recipient(event.subject())
			.map(to -> new Letter(to, Map.of("at", event.at(), "link", links.absolute(SIGN_IN)))));
	}

	private Optional<String> link(SubjectId subject, byte[] sealed) {
		return customers.unseal(subject, sealed).map(links::absolute);
	}

	/** "Firefox on Windows": the browser and system only, never the address it came from. */
	private String device(NewDeviceSignIn event, MailRecipient to) {
		Locale language = Languages.closest(to.language());
		String browser = plain(event.browser());
		String system = plain(event.operatingSystem());
		if (browser.isEmpty()) {
			browser = messages.getMessage("mail.newDeviceSignIn.unknownBrowser", null, language);
		}
		return system.isEmpty() ? browser
				: messages.getMessage("mail.newDeviceSignIn.device", new Object[] { browser, system }, language);
	}

	/**
	 * A browser or system name from a request's user agent, which anyone can write: letters,
	 * digits and a little punctuation, short, and never a link.
	 */
	static String plain(@Nullable String named) {
		if (named == null) {
			return "";
		}
		String kept = named.replaceAll("[^\\p{L}\\p{N} ._()+-]", "").replaceAll("\\s+", " ").strip();
		return kept.length() > 60 ? kept.substring(0, 60).strip() : kept;
	}

	private String roles(StaffInvited event, MailRecipient to) {
		Locale language = Languages.closest(to.language());
		return event.roles().stream().sorted(Comparator.naturalOrder())
			.map(role -> messages.getMessage("mail.role." + role.name().toLowerCase(Locale.ROOT), null, language))
			.collect(Collectors.joining(messages.getMessage("mail.list.separator", null, language)));
	}
}
