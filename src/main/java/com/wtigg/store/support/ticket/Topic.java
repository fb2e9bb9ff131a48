package com.wtigg.store.support.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a ticket is about, as the person chose it on the form.
 */
public enum Topic {

	ORDER, RETURN, STYLING, OTHER;

	public String column() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "support.topic." + column();
	}

	public static Optional<Topic> of(String column) {
		return Arrays.stream(values()).filter(t -> t.column().equals(column)).findFirst();
	}
}
