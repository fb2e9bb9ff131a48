package com.wtigg.store.marketing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The marketing mails the embedded SMTP server received, read as the tests need them.
 */
final class MarketingMails {

	private static final Pattern CONFIRM = Pattern.compile("/marketing/confirm/([A-Za-z0-9_-]{43})");

	private final GreenMail server;

	MarketingMails(GreenMail server) {
		this.server = server;
	}

	List<MimeMessage> to(String address) {
		return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
	}

	List<MimeMessage> withSubject(String address, String subject) {
		return to(address).stream().filter(m -> subject(m).equals(subject)).toList();
	}

	/** Waits for the address's latest confirmation mail and returns its link's token. */
	String confirmationToken(String address, int mailsBefore) {
		await().atMost(Duration.ofSeconds(20)).until(() -> confirmations(address).size() > mailsBefore);
		List<MimeMessage> mails = confirmations(address);
		Matcher link = CONFIRM.matcher(text(mails.getLast()));
		if (!link.find()) {
			throw new IllegalStateException("no confirmation link");
		}
		return link.group(1);
	}

	List<MimeMessage> confirmations(String address) {
		return to(address).stream().filter(m -> CONFIRM.matcher(text(m)).find()).toList();
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	static String header(MimeMessage message, String name) {
		try {
			return message.getHeader(name, ",");
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean addressedTo(MimeMessage message, String address) {
		try {
			Address[] to = message.getRecipients(RecipientType.TO);
			return to != null && Arrays.stream(to)
				.anyMatch(a -> a instanceof InternetAddress i && address.equalsIgnoreCase(i.getAddress()));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	static String text(MimeMessage message) {
		String text = part(message, "text/plain");
		return text == null ? "" : text.replace("\r\n", "\n");
	}

	static String html(MimeMessage message) {
		String html = part(message, "text/html");
		return html == null ? "" : html;
	}

	private static String part(Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.isMimeType("multipart/*")) {
				Multipart parts = (Multipart) part.getContent();
				for (int i = 0; i < parts.getCount(); i++) {
					String found = part(parts.getBodyPart(i), type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
