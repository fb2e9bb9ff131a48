package com.wtigg.store.support.web;

import java.util.Optional;

import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.support.ticket.MessageText;
import com.wtigg.store.support.ticket.Topic;

/**
 * The support form as sent: the topic, the message, a guest's email and an optional order number.
 */
public record SupportForm(String topic, String message, String email, String order) {

	static SupportForm of(String topic, String message, String email, String order) {
		return new SupportForm(topic == null ? "" : topic, MessageText.normalise(message), email == null ? "" : email.strip(),
				order == null ? "" : order.strip());
	}

	/** The problems of the typed fields; the order's owner and the files are checked apart. */
	FormErrors check(boolean guest) {
		FormErrors errors = new FormErrors();
		if (Topic.of(topic).isEmpty()) {
			errors.add("topic", "support.topic.missing");
		}
		if (guest) {
			if (email.isEmpty()) {
				errors.add("email", "form.email.missing");
			}
			else if (emailAddress().isEmpty()) {
				errors.add("email", "form.email.invalid");
			}
		}
		MessageText.check(message, errors, "message");
		if (order.length() > 20) {
			errors.add("order", "support.order.notYours");
		}
		return errors;
	}

	Optional<EmailAddress> emailAddress() {
		return email.length() > 254 ? Optional.empty() : EmailAddress.parse(email);
	}

	/** The form as shown again: long fields cut to what the page can hold. */
	SupportForm shown() {
		return new SupportForm(topic.length() > 20 ? "" : topic, MessageText.shown(message),
				email.length() > 254 ? email.substring(0, 254) : email, order.length() > 20 ? order.substring(0, 20) : order);
	}

	@Override
	public String toString() {
		return "SupportForm[redacted]";
	}
}
