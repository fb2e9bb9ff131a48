package com.wtigg.store.consent;

import java.util.Set;

import com.wtigg.store.shared.SubjectId;

/**
 * A cross-border transfer consent as the subject gave it: to which processors (register ids), for
 * which purposes and data categories, under which policy version, from where (the page it was
 * given on, such as {@code checkout}).
 *
 * @param purposes codes such as {@code payment} and {@code delivery} (named on the consent page by
 *        {@code consent.purpose.<code>})
 * @param categories names of {@link com.wtigg.store.privacy.DataCategory}, such as {@code CONTACT}
 */
public record TransferConsent(SubjectId subject, Set<String> processorIds, Set<String> purposes,
		Set<String> categories, String policyVersion, String source) {

	public TransferConsent {
		processorIds = Set.copyOf(processorIds);
		purposes = Set.copyOf(purposes);
		categories = Set.copyOf(categories);
	}
}
