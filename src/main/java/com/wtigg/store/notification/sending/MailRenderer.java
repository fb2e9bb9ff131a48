package com.wtigg.store.notification.sending;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.wtigg.store.shared.Languages;
import com.wtigg.store.shared.StoreIdentity;

/**
 * Writes a mail from its two templates, {@code mail/text/<mail>.jte} and {@code mail/html/<mail>.jte},
 * in the recipient's language.
 */
@Component
class MailRenderer {

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final StoreIdentity store;

	private final MailLinks links;

	private final MailSettings settings;

	MailRenderer(TemplateEngine templates, MessageSource messages, StoreIdentity store, MailLinks links,
			MailSettings settings) {
		this.templates = templates;
		this.messages = messages;
		this.store = store;
		this.links = links;
		this.settings = settings;
	}

	RenderedMail render(String mail, Letter letter) {
		Locale language = Languages.closest(letter.to().language());
		String subject = letter.subject() != null ? letter.subject()
				: messages.getMessage("mail." + mail + ".subject", new Object[] { store.name() }, language);
		MailContext context = new MailContext(language, messages, store, links, settings.timeZone(),
				letter.to().name(), subject);
		Map<String, Object> values = new HashMap<>(letter.values());
		values.put("mail", context);
		return new RenderedMail(language, subject, render("mail/text/" + mail + ".jte", values).strip() + "\n",
				render("mail/html/" + mail + ".jte", values));
	}

	private String render(String template, Map<String, Object> values) {
		StringOutput output = new StringOutput();
		templates.render(template, values, output);
		return output.toString();
	}
}
