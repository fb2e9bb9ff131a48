package com.wtigg.store.support;

import java.util.UUID;

import com.wtigg.store.shared.SubjectId;

/**
 * Events after which the person who asked gets an email. They carry ids only (the outbox holds no
 * address and no text); {@link SupportApi#mailView} gives what the mail shows.
 */
public sealed interface SupportMail {

	UUID ticketId();

	SubjectId subject();

	/** Staff answered: a short notice with the ticket's link, never the answer's text. */
	record SupportReplied(UUID ticketId, SubjectId subject, UUID messageId) implements SupportMail {
	}
}
