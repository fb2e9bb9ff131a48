package com.wtigg.store.privacy;

import java.util.Set;

import com.wtigg.store.shared.SubjectId;

/**
 * Subjects who restricted the processing of their data (DSR-RESTRICT). While restricted, no module
 * uses their data for marketing, analytics or profiling; staff see the flag on their records.
 */
public interface Restrictions {

	boolean restricted(SubjectId subject);

	/** Of these subjects, the restricted ones (for batch work such as a campaign). */
	Set<SubjectId> restrictedAmong(Set<SubjectId> subjects);

	/** Restricts processing of the subject's data from now on, for a reason kept with the flag. */
	void restrict(SubjectId subject, String reason);

	/** Lifts the restriction; processing may resume. */
	void lift(SubjectId subject);
}
