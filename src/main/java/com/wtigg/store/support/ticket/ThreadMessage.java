package com.wtigg.store.support.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One message of a ticket's thread, with its screenshots' descriptions (not their bytes).
 *
 * @param author {@code customer} or {@code staff}
 * @param body the text, null once the subject's key is gone
 */
public record ThreadMessage(UUID id, String author, @Nullable String body, Instant createdAt,
		List<Attachment> attachments) {

	public boolean fromStaff() {
		return "staff".equals(author);
	}

	@Override
	public String toString() {
		return "ThreadMessage[" + id + "]";
	}

	/** A screenshot as a thread lists it. */
	public record Attachment(UUID id, int position, String contentType, int sizeBytes, int width, int height) {

		public String fileName() {
			return "screenshot-" + position + ("image/png".equals(contentType) ? ".png" : ".jpg");
		}
	}
}
