package com.wtigg.store.privacy.requests;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.SubjectId;

/**
 * What the staff's request list is narrowed to; null parts do not narrow it.
 *
 * @param assignedTo only requests assigned to this member of staff
 * @param unassigned only requests nobody is assigned to
 */
public record RequestFilter(@Nullable RequestType type, @Nullable RequestStatus status, @Nullable LocalDate dueBy,
		@Nullable SubjectId assignedTo, boolean unassigned) {

	public static final RequestFilter ALL = new RequestFilter(null, null, null, null, false);

	@Nullable String typeCode() {
		return type == null ? null : type.code();
	}

	@Nullable String statusCode() {
		return status == null ? null : status.code();
	}

	@Nullable UUID assignedToValue() {
		return assignedTo == null ? null : assignedTo.value();
	}
}
