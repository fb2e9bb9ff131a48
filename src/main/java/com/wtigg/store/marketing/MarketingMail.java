package com.wtigg.store.marketing;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.wtigg.store.shared.SubjectId;

/**
 * Events after which a subscriber must get a mail. They name the subject only; the confirmation
 * link is sealed with the subject's key ({@link MarketingApi#unseal}), so the event outbox holds
 * no readable address or token.
 */
public sealed interface MarketingMail {

	SubjectId subject();

	/** The double opt-in: a link to confirm the topics asked for, valid until {@code expiresAt}. */
	record ConfirmSubscription(SubjectId subject, byte[] sealedLink, Instant expiresAt, Set<Topic> topics)
			implements MarketingMail {
	}

	/** One subscriber's mail of a campaign; published once per (campaign, subscriber). */
	record CampaignMail(SubjectId subject, UUID campaign) implements MarketingMail {
	}
}
