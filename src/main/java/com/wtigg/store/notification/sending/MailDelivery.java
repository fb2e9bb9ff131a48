package com.wtigg.store.notification.sending;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.customer.AccountMail;
import com.wtigg.store.customer.MailRecipient;
import com.wtigg.store.marketing.MarketingMail;
import com.wtigg.store.ordering.OrderMail;
import com.wtigg.store.privacy.PrivacyMail;
import com.wtigg.store.shared.Languages;
import com.wtigg.store.shared.StoreIdentity;
import com.wtigg.store.support.SupportMail;

/**
 * Sends the mail of an account or order event once, however often the event arrives: the event's digest
 * is recorded in the same transaction, before sending, and a digest already recorded means the
 * mail went out. When sending fails the transaction rolls back, the record with it, and the
 * event's publication stays incomplete until it is delivered again.
 */
@Service
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final DeliveryLog deliveries;

	private final MailRenderer renderer;

	private final JavaMailSender sender;

	private final MailSettings settings;

	private final StoreIdentity store;

	MailDelivery(DeliveryLog deliveries, MailRenderer renderer, JavaMailSender sender, MailSettings settings,
			StoreIdentity store) {
		this.deliveries = deliveries;
		this.renderer = renderer;
		this.sender = sender;
		this.settings = settings;
		this.store = store;
	}

	/**
	 * Writes and sends the event's mail unless it was handled before.
	 *
	 * @param letter whom the mail goes to and what it says; empty when there is nobody to write to
	 */
	@Transactional
	public void once(AccountMail event, Supplier<Optional<Letter>> letter) {
		deliver((Record) event, letter);
	}

	/** The same for a marketing mail: the double opt-in's link, a campaign's mail to one subscriber. */
	@Transactional
	public void once(MarketingMail event, Supplier<Optional<Letter>> letter) {
		deliver((Record) event, letter);
	}

	/**
	 * Writes and sends the order event's mail unless it was handled before.
	 *
	 * @param letter whom the mail goes to and what it says; empty when the order or its buyer's key is gone
	 */
	@Transactional
	public void once(OrderMail event, Supplier<Optional<Letter>> letter) {
		deliver((Record) event, letter);
	}

	/** The same for a mail about a data-subject request. */
	@Transactional
	public void once(PrivacyMail event, Supplier<Optional<Letter>> letter) {
		deliver((Record) event, letter);
	}

	/** The same for a support mail: the notice of a staff reply. */
	@Transactional
	public void once(SupportMail event, Supplier<Optional<Letter>> letter) {
		deliver((Record) event, letter);
	}

	private void deliver(Record event, Supplier<Optional<Letter>> letter) {
		String mail = mailOf(event);
		byte[] key = EventDigest.of(event);
		if (!deliveries.claim(key, mail)) {
			log.debug("The {} mail of this event was handled before; not sent again", mail);
			return;
		}
		Optional<Letter> written = letter.get();
		if (written.isEmpty()) {
			deliveries.noRecipient(key);
			log.info("No {} mail sent: its recipient, their address or their key is gone", mail);
			return;
		}
		send(mail, written.get(), renderer.render(mail, written.get()));
		log.info("Sent a {} mail", mail);
	}

	/** The mail's name: the event's, such as {@code verifyEmail} for {@code VerifyEmail}. */
	static String mailOf(Record event) {
		String type = event.getClass().getSimpleName();
		return Character.toLowerCase(type.charAt(0)) + type.substring(1);
	}

	private void send(String mail, Letter letter, RenderedMail rendered) {
		MailRecipient to = letter.to();
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(settings.from());
			helper.setReplyTo(store.contactEmail());
			helper.setTo(to.name().isBlank() ? new InternetAddress(to.email(), true)
					: new InternetAddress(to.email(), to.name().strip(), StandardCharsets.UTF_8.name()));
			helper.setSubject(rendered.subject());
			helper.setSentDate(new Date());
			helper.setText(rendered.text(), rendered.html());
			message.setHeader("Content-Language", Languages.tag(rendered.language()));
			message.setHeader("Auto-Submitted", "auto-generated");
			for (var header : letter.headers().entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
			sender.send(message);
		}
		catch (MessagingException | UnsupportedEncodingException | MailException e) {
			// the causes name the addresses a server refused: only the kind of failure is told
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
			throw new MailNotSentException(mail, cause.getClass().getSimpleName());
		}
	}

	/** Sending failed; says how without any address. */
	static final class MailNotSentException extends RuntimeException {

		MailNotSentException(String mail, String failure) {
			super("The " + mail + " mail could not be sent (" + failure + "); its publication stays incomplete for another delivery", null,
					false, false);
		}
	}
}
