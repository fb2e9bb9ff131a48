package com.wtigg.store.notification.sending;

import java.util.Locale;

/**
 * A mail written out: its subject and its two parts, in one language.
 */
record RenderedMail(Locale language, String subject, String text, String html) {
}
