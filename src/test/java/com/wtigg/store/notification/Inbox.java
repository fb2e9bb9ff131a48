package com.wtigg.store.notification;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * What the embedded SMTP server received, read as a test needs it.
 */
public final class Inbox {

	private final GreenMail server;

	public Inbox(GreenMail server) {
		this.server = server;
	}

	/** The mails whose To is the address. */
	public List<MimeMessage> to(String address) {
		return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
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

	/** The first part of the type, such as {@code text/plain}, or null. */
	public static String part(Part part, String type) {
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

	/** The text part, with the line ends of SMTP ({@code CRLF}) read as {@code \n}. */
	public static String text(MimeMessage message) {
		String text = part(message, "text/plain");
		return text == null ? null : text.replace("\r\n", "\n");
	}

	public static String html(MimeMessage message) {
		return part(message, "text/html");
	}
}
