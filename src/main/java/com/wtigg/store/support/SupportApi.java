package com.wtigg.store.support;

import java.util.Optional;
import java.util.UUID;

/**
 * Support tickets as other modules see them.
 */
public interface SupportApi {

	/** What the ticket's mails show; empty when the ticket, its address or the subject's key is gone. */
	Optional<SupportMailView> mailView(UUID ticketId);
}
