package com.wtigg.store.marketing;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.customer.MailRecipient;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Marketing mail as other modules see it: a sign-up that still needs the double opt-in, and what
 * the mails of {@link MarketingMail} events say.
 */
public interface MarketingApi {

	/**
	 * Asks for the topics for this address: a confirmation mail goes out unless the address already
	 * has live consent for them. Gives no sign of whether the address was known or suppressed.
	 *
	 * @param customer the signed-in customer's subject, or null for a guest
	 */
	void signUp(EmailAddress email, Set<Topic> topics, SignUpSource source, Locale language,
			@Nullable SubjectId customer);

	/** Where a subscriber's mails go; empty once they left or their key is gone. */
	Optional<MailRecipient> recipient(SubjectId subscriber);

	/** Opens a link sealed in a {@link MarketingMail} event; empty once the key is gone. */
	Optional<String> unseal(SubjectId subscriber, byte[] sealed);

	/**
	 * The campaign's mail for this subscriber, checked again when it is written: empty when the
	 * consent for its topic was withdrawn, the address suppressed or the subject restricted since.
	 */
	Optional<CampaignLetter> campaignLetter(UUID campaign, SubjectId subscriber);
}
