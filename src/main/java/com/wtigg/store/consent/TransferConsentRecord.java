package com.wtigg.store.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A transfer consent as it was recorded: what it named, when it was given and, once withdrawn, when.
 */
public record TransferConsentRecord(UUID id, List<String> processorIds, List<String> purposes, List<String> categories,
		String policyVersion, String source, Instant givenAt, @Nullable Instant withdrawnAt) {

	public boolean live() {
		return withdrawnAt == null;
	}
}
