package com.wtigg.store.consent;

import java.util.Set;

import com.wtigg.store.shared.SubjectId;

/**
 * A cross-border transfer consent as the subject gave it: to which processors (register ids), for
 * which purposes and data categories, under which policy version, from where (the page it was
 * given on, such as {@code checkout}).
 */
public record TransferConsent(SubjectId subject, Set<String> processorIds, Set<String> purposes,
		Set<String> categories, String policyVersion, String source) {
}
