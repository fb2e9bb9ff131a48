package com.wtigg.store.privacy;

import java.util.Optional;

import com.wtigg.store.shared.SubjectId;

/**
 * Implemented by a module that must finish something for a subject before their data may be
 * erased (an order still being fulfilled): erasure then waits, and the subject is told why.
 */
public interface ErasureHold {

	/** The message key of why erasure must wait, or empty when nothing holds it. */
	Optional<String> holdReason(SubjectId subject);
}
