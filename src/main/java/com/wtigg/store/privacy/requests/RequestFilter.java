package com.wtigg.store.privacy.requests;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the staff's request list is narrowed to; null parts do not narrow it. */
public record RequestFilter(@Nullable RequestType type, @Nullable RequestStatus status, @Nullable LocalDate dueBy) {

	public static final RequestFilter ALL = new RequestFilter(null, null, null);

	@Nullable String typeCode() {
		return type == null ? null : type.code();
	}

	@Nullable String statusCode() {
		return status == null ? null : status.code();
	}
}
