package com.wtigg.store.notification.sending;

import java.util.Map;

import com.wtigg.store.customer.MailRecipient;

/**
 * A mail to write: to whom, and the values its templates show besides their fixed texts.
 */
record Letter(MailRecipient to, Map<String, Object> values) {
}
