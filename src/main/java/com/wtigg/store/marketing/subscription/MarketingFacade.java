package com.wtigg.store.marketing.subscription;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.wtigg.store.customer.MailRecipient;
import com.wtigg.store.marketing.CampaignLetter;
import com.wtigg.store.marketing.MarketingApi;
import com.wtigg.store.marketing.SignUpSource;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.marketing.campaign.BodySanitizer;
import com.wtigg.store.marketing.campaign.Campaign;
import com.wtigg.store.marketing.campaign.Campaigns;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * The module's API: sign-ups from other modules (checkout) and what marketing mails say.
 */
@Service
class MarketingFacade implements MarketingApi {

	private final Subscriptions subscriptions;

	private final SignUpLimiter limiter;

	private final Campaigns campaigns;

	private final BodySanitizer sanitizer;

	private final SubjectCipher cipher;

	private final JdbcClient jdbc;

	MarketingFacade(Subscriptions subscriptions, SignUpLimiter limiter, Campaigns campaigns, BodySanitizer sanitizer,
			SubjectCipher cipher, JdbcClient jdbc) {
		this.subscriptions = subscriptions;
		this.limiter = limiter;
		this.campaigns = campaigns;
		this.sanitizer = sanitizer;
		this.cipher = cipher;
		this.jdbc = jdbc;
	}

	@Override
	public void signUp(EmailAddress email, Set<Topic> topics, SignUpSource source, Locale language,
			@Nullable SubjectId customer) {
		if (limiter.allowAddress(subscriptions.index(email))) {
			subscriptions.signUp(email, topics, source, language, customer);
		}
	}

	@Override
	public Optional<MailRecipient> recipient(SubjectId subscriber) {
		return jdbc.sql("select email_enc, language from marketing_subscriber where subject_id = ?")
			.param(subscriber.value())
			.query((rs, n) -> new Object[] { rs.getBytes(1), rs.getString(2) })
			.optional()
			.flatMap(row -> cipher.decrypt(subscriber, Subscriptions.EMAIL, (byte[]) row[0])
				.map(email -> new MailRecipient(email, "", Locale.forLanguageTag((String) row[1]))));
	}

	@Override
	public Optional<String> unseal(SubjectId subscriber, byte[] sealed) {
		return cipher.decrypt(subscriber, Subscriptions.LINK, sealed);
	}

	@Override
	public Optional<CampaignLetter> campaignLetter(UUID id, SubjectId subscriber) {
		Optional<Campaign> campaign = campaigns.find(id);
		if (campaign.isEmpty() || !campaigns.eligible(subscriber, campaign.get().topic())) {
			return Optional.empty();
		}
		Optional<String> token = jdbc.sql("select unsubscribe_sealed from marketing_subscriber where subject_id = ?")
			.param(subscriber.value()).query((rs, n) -> rs.getBytes(1)).optional()
			.flatMap(sealed -> unseal(subscriber, sealed));
		return recipient(subscriber).flatMap(to -> token.map(t -> {
			String html = campaign.get().body(to.language());
			return new CampaignLetter(to, campaign.get().subject(to.language()), html, sanitizer.text(html),
					"/marketing/unsubscribe/" + t);
		}));
	}
}
