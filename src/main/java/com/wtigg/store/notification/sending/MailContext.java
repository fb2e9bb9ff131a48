package com.wtigg.store.notification.sending;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;

import com.wtigg.store.shared.Languages;
import com.wtigg.store.shared.StoreIdentity;

/**
 * What every mail template needs: the recipient's language and its texts, the name to greet,
 * the store's identity and its links, and times in the shop's zone.
 *
 * @param name the name to greet, blank when unknown
 */
public record MailContext(Locale locale, MessageSource messages, StoreIdentity store, MailLinks links, ZoneId zone,
		String name, String subject) {

	/** The text for a message key in the recipient's language. */
	public String t(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	public String greeting() {
		return name == null || name.isBlank() ? t("mail.greeting") : t("mail.greeting.named", name.strip());
	}

	/** A path of the store as an absolute address. */
	public String url(String path) {
		return links.absolute(path);
	}

	public String time(Instant at) {
		DateTimeFormatter format = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.appendLiteral(' ')
			.appendZoneText(TextStyle.SHORT)
			.toFormatter(locale)
			.withZone(zone);
		return format.format(at);
	}

	/** The {@code lang} attribute: {@code en} or {@code zh-CN}. */
	public String lang() {
		return Languages.tag(locale);
	}
}
