package com.wtigg.store.privacy.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.SubjectId;

/**
 * A data-subject request as staff and the subject see its course (its personal fields stay
 * encrypted in the store and are read through {@link RequestStore}).
 *
 * @param requester the key the request's own personal fields are encrypted under
 * @param subject whose data it is about, once identity is proven; null before, or when nobody matched
 * @param verification how identity was proven, in words for the request log
 */
public record PrivacyRequest(UUID id, String reference, RequestType type, RequestChannel channel, RequestStatus status,
		SubjectId requester, @Nullable SubjectId subject, String language, String country, Jurisdiction jurisdiction,
		Instant receivedAt, @Nullable Instant verifiedAt, @Nullable String verification, @Nullable LocalDate acknowledgeBy,
		@Nullable Instant acknowledgedAt, @Nullable LocalDate dueOn, @Nullable LocalDate latestDueOn,
		@Nullable Instant extendedAt, @Nullable Instant decidedAt, @Nullable String outcome,
		@Nullable SubjectId assignedTo, @Nullable Instant closedAt) {

	public boolean verified() {
		return verifiedAt != null;
	}

	public boolean extended() {
		return extendedAt != null;
	}
}
