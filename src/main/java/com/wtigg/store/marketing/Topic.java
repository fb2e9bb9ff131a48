package com.wtigg.store.marketing;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person may subscribe to by email: each is consented to, confirmed and withdrawn on its own.
 */
public enum Topic {
	/** The newsletter. */
	NEWSLETTER,
	/** Alerts when a new collection arrives. */
	NEW_COLLECTION;

	/** The name stored and sent by forms, such as {@code new_collection}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The topic of a stored or submitted name; empty for anything else. */
	public static Optional<Topic> of(String code) {
		for (Topic topic : values()) {
			if (topic.code().equals(code)) {
				return Optional.of(topic);
			}
		}
		return Optional.empty();
	}
}
