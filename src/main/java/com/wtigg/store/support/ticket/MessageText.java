package com.wtigg.store.support.ticket;

import com.wtigg.store.shared.PersonalText;
import com.wtigg.store.shared.web.FormErrors;

/**
 * The checks of a message someone types (a ticket's first message or a reply): up to 5,000
 * characters, line breaks allowed, no invisible control characters.
 */
public final class MessageText {

	public static final int MAX = 5000;

	private MessageText() {
	}

	/** The text as stored: stripped, with one kind of line break. */
	public static String normalise(String typed) {
		return typed == null ? "" : typed.strip().replace("\r\n", "\n").replace('\r', '\n');
	}

	public static void check(String text, FormErrors errors, String field) {
		if (text.isEmpty()) {
			errors.add(field, "support.message.missing");
		}
		else if (text.codePointCount(0, text.length()) > MAX) {
			errors.add(field, "support.message.long", MAX);
		}
		else if (PersonalText.hasControlCharacters(text.replace("\n", " ").replace("\t", " "))) {
			errors.add(field, "form.controlCharacters");
		}
	}

	/** What the form shows again after a refusal: at most a little more than what may be sent. */
	public static String shown(String text) {
		return text.length() > MAX + 100 ? text.substring(0, MAX + 100) : text;
	}
}
