package com.wtigg.store.privacy;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Implemented by each module that knows people by their email address (accounts, orders), so
 * that a data-subject request proven by an email link, or by the email and an order number, finds
 * whose data it is about without the privacy module depending on those modules.
 */
public interface SubjectDirectory {

	/**
	 * The subject known under this address, and how strongly the address proves it.
	 *
	 * @param orderNumber an order number the person gave with the address, or null
	 */
	Optional<SubjectMatch> find(EmailAddress email, @Nullable String orderNumber);

	/** Where to write to the subject about their request; empty if this module does not know them. */
	Optional<EmailAddress> address(SubjectId subject);

	/**
	 * @param subject whose data it is
	 * @param withOrderNumber whether an order number of theirs was given with the address (enough to
	 * disclose data to whoever also holds the mailbox)
	 */
	record SubjectMatch(SubjectId subject, boolean withOrderNumber) {
	}
}
