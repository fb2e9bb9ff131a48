package com.wtigg.store.marketing;

import com.wtigg.store.customer.MailRecipient;

/**
 * A campaign's mail as one subscriber gets it: in their language, with the body already
 * sanitised, and the path of their one-click unsubscribe link (RFC 8058).
 *
 * @param html the sanitised HTML body
 * @param text the same body as plain text
 * @param unsubscribePath {@code /marketing/unsubscribe/<token>}
 */
public record CampaignLetter(MailRecipient to, String subject, String html, String text, String unsubscribePath) {

	@Override
	public String toString() {
		return "CampaignLetter[redacted]";
	}
}
