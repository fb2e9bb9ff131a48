package com.wtigg.store.notification.mailbox;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One received mail as the mailbox shows it: its headers, its text part and the links in it.
 */
public record ReceivedMail(MailSummary summary, List<Header> headers, @Nullable String text, List<String> links) {

	public record Header(String name, String value) {
	}
}
