package com.wtigg.store.consent;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.privacy.Processor;
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

	/**
	 * As {@link #recordTransfer(TransferConsent)}, noting the browser family it was given from
	 * (such as {@code Firefox}, from {@code shared.web.Browsers}); never the raw User-Agent.
	 */
	UUID recordTransfer(TransferConsent consent, @Nullable String browserFamily);

	/** The subject's transfer consents, newest first, live and withdrawn. */
	List<TransferConsentRecord> transferConsents(SubjectId subject);

	/** Withdraws every transfer consent of the subject, at once; later transfers need a new one. */
	void withdrawTransfers(SubjectId subject);

	/**
	 * True when every one of these processors is named by a consent of the subject that has not
	 * been withdrawn (one consent may cover several). An empty set is consented trivially.
	 */
	boolean transferConsented(SubjectId subject, Set<String> processorIds);

	/**
	 * The processor register's entries of these ids that process data outside China, in register
	 * order: the recipients a consent page must name (give them to {@code consent/transfer-consent.jte}).
	 *
	 * @throws IllegalArgumentException when an id is not in the register
	 */
	List<Processor> recipientsOutsideChina(Set<String> processorIds);

}
