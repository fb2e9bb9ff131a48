package com.wtigg.store.privacy;

import java.time.Instant;

import com.wtigg.store.shared.SubjectId;

/**
 * Implemented by every module that stores personal data: it declares what it holds and takes part
 * in every export, erasure and retention run. A test fails when a table refers to subjects and
 * one of its columns is declared by no holder.
 */
public interface PersonalDataHolder {

	Inventory inventory();

	/** Writes everything this module holds about the subject. */
	void export(SubjectId subject, SubjectExport export);

	/** Erases the subject's data as each field's erasure action says. */
	void erase(SubjectId subject);

	/** Deletes or anonymizes what its retention rules have expired at this time; returns how many records. */
	int purgeExpired(Instant now);
}
