package com.wtigg.store.customer;

import java.util.Optional;

import com.wtigg.store.shared.SubjectId;

/**
 * Accounts as other modules see them.
 */
public interface CustomerApi {

	/**
	 * The account's current, verified-or-not address; empty when there is no such account or its
	 * key is gone.
	 */
	Optional<MailRecipient> recipient(SubjectId subject);

	/** The address an account asked to change to and has not yet confirmed. */
	Optional<MailRecipient> pendingRecipient(SubjectId subject);

	/**
	 * Opens a value sealed for the subject in one of the {@link AccountMail} events (a link with a
	 * token, a former address); empty once the subject's key is gone.
	 */
	Optional<String> unseal(SubjectId subject, byte[] sealed);

	/** A customer's name, email, phone and address book, to fill in checkout; empty for no such open account. */
	Optional<CustomerProfile> profile(SubjectId subject);
}
