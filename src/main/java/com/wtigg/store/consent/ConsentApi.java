package com.wtigg.store.consent;

import java.util.Set;
import java.util.UUID;

import com.wtigg.store.shared.SubjectId;

/**
 * Consents as other modules ask for them.
 */
public interface ConsentApi {

	/**
	 * Records a subject's separate, explicit consent to the transfer of the named data categories to
	 * the named processors for the named purposes, as the page showed them; returns the record's id.
	 */
	UUID recordTransfer(TransferConsent consent);

	/** Withdraws every transfer consent of the subject, at once; later transfers need a new one. */
	void withdrawTransfers(SubjectId subject);

	/** True when the subject consented to transfers to every one of these processors and has not withdrawn it. */
	boolean transferConsented(SubjectId subject, Set<String> processorIds);
}
