package com.wtigg.store.notification.mailbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The mail the embedded SMTP server received, newest first.
 */
@Component
@ConditionalOnBooleanProperty("store.mail.embedded")
public class Mailbox {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	private final GreenMail server;

	Mailbox(GreenMail server) {
		this.server = server;
	}

	public List<MailSummary> list() {
		Map<String, MailSummary> byId = new LinkedHashMap<>();
		messages().forEach(stored -> byId.putIfAbsent(idOf(stored.getMimeMessage()), summary(stored)));
		return byId.values().stream().sorted(Comparator.comparing(MailSummary::received).reversed()).toList();
	}

	public Optional<ReceivedMail> find(String id) {
		return messages().stream().filter(m -> id.equals(idOf(m.getMimeMessage()))).findFirst().map(this::read);
	}

	/** Every mail the server keeps, for each recipient (a mail to two addresses is kept twice). */
	private List<StoredMessage> messages() {
		return server.getManagers().getImapHostManager().getAllMessages();
	}

	private MailSummary summary(StoredMessage stored) {
		try {
			MimeMessage message = stored.getMimeMessage();
			String subject = message.getSubject();
			return new MailSummary(idOf(message), stored.getReceivedDate().toInstant(),
					addresses(message.getRecipients(RecipientType.TO)), subject == null ? "" : subject);
		}
		catch (MessagingException e) {
			throw new IllegalStateException("A received mail cannot be read", e);
		}
	}

	private ReceivedMail read(StoredMessage stored) {
		MimeMessage message = stored.getMimeMessage();
		try {
			List<ReceivedMail.Header> headers = new ArrayList<>();
			for (jakarta.mail.Header header : Collections.list(message.getAllHeaders())) {
				headers.add(new ReceivedMail.Header(header.getName(), decoded(header.getValue())));
			}
			String text = textOf(message);
			return new ReceivedMail(summary(stored), headers, text, text == null ? List.of() : links(text));
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException("A received mail cannot be read", e);
		}
	}

	/** The links in a text, each once, in order. */
	static List<String> links(String text) {
		LinkedHashSet<String> found = new LinkedHashSet<>();
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group().replaceAll("[.,;:!?)]+$", ""));
		}
		return List.copyOf(found);
	}

	private static @Nullable String textOf(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				String text = textOf(parts.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static String addresses(Address @Nullable [] addresses) {
		return addresses == null ? ""
				: Arrays.stream(addresses).map(Address::toString).map(Mailbox::decoded).collect(Collectors.joining(", "));
	}

	private static String decoded(String value) {
		try {
			return MimeUtility.decodeText(MimeUtility.unfold(value));
		}
		catch (java.io.UnsupportedEncodingException e) {
			return value;
		}
	}

	/** A name for a mail that is safe in an address: a digest of its Message-ID. */
	static String idOf(MimeMessage message) {
		try {
			String name = message.getMessageID() != null ? message.getMessageID()
					: Objects.toString(message.getSentDate()) + message.getSubject();
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (MessagingException | NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
