package com.wtigg.store.support.ticket;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.SubjectId;

/**
 * A ticket's row, without the thread.
 *
 * @param email a guest's address (decrypted), null for a customer's ticket or once the key is gone
 * @param orderNumber the order the person named, checked to be theirs when the ticket was sent
 * @param assignee the staff member handling it, if any
 */
public record Ticket(UUID id, String number, SubjectId subject, boolean guest, @Nullable String email, Locale language,
		Topic topic, @Nullable UUID orderId, @Nullable String orderNumber, TicketStatus status,
		@Nullable SubjectId assignee, Instant createdAt, Instant lastActivityAt) {

	@Override
	public String toString() {
		return "Ticket[" + number + "]";
	}
}
