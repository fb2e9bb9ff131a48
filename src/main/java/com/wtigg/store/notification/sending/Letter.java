package com.wtigg.store.notification.sending;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.customer.MailRecipient;

/**
 * A mail to write: to whom, and the values its templates show besides their fixed texts.
 *
 * @param headers extra headers (a campaign's {@code List-Unsubscribe})
 * @param subject a subject of its own (a campaign's), instead of the mail's fixed one
 */
record Letter(MailRecipient to, Map<String, Object> values, Map<String, String> headers, @Nullable String subject) {

	Letter(MailRecipient to, Map<String, Object> values) {
		this(to, values, Map.of(), null);
	}
}
