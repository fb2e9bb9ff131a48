package com.wtigg.store.privacy;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.SubjectId;

/**
 * Implemented by each module that keeps consents: the subject's consents as the privacy center
 * lists them, each with where to change it.
 */
public interface SubjectConsents {

	List<ConsentLine> of(SubjectId subject);

	/**
	 * @param messageKey the consent's name in the message bundles
	 * @param argument shown in the name (such as the processors a transfer consent names), or null
	 * @param live given and not withdrawn
	 * @param since when it was given, or withdrawn when no longer live
	 * @param manage the page where it is changed or withdrawn
	 */
	record ConsentLine(String messageKey, @Nullable String argument, boolean live, @Nullable Instant since, String manage) {
	}
}
