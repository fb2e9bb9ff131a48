package com.wtigg.store.notification.sending;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wtigg.store.customer.MailRecipient;
import com.wtigg.store.marketing.MarketingApi;
import com.wtigg.store.marketing.MarketingMail.CampaignMail;
import com.wtigg.store.marketing.MarketingMail.ConfirmSubscription;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.shared.Languages;

/**
 * Turns each marketing event into its mail, once (the outbox and {@link MailDelivery}). Every
 * campaign mail carries the one-click unsubscribe headers of RFC 8058.
 */
@Component
class MarketingMailListener {

	private final MailDelivery delivery;

	private final MarketingApi marketing;

	private final MailLinks links;

	private final MessageSource messages;

	MarketingMailListener(MailDelivery delivery, MarketingApi marketing, MailLinks links, MessageSource messages) {
		this.delivery = delivery;
		this.marketing = marketing;
		this.links = links;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(ConfirmSubscription event) {
		delivery.once(event, () -> marketing.recipient(event.subject())
			.flatMap(to -> marketing.unseal(event.subject(), event.sealedLink())
				.map(link -> new Letter(to, Map.of("link", links.absolute(link), "expiresAt", event.expiresAt(),
						"topics", topics(event, to))))));
	}

	@ApplicationModuleListener
	void on(CampaignMail event) {
		delivery.once(event, () -> marketing.campaignLetter(event.campaign(), event.subject()).map(letter -> {
			String unsubscribe = links.absolute(letter.unsubscribePath());
			return new Letter(letter.to(), Map.of("body", letter.html(), "text", letter.text(), "unsubscribe", unsubscribe),
					Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click",
							"Precedence", "bulk"),
					letter.subject());
		}));
	}

	private String topics(ConfirmSubscription event, MailRecipient to) {
		Locale language = Languages.closest(to.language());
		return String.join(messages.getMessage("mail.list.separator", null, language), event.topics().stream()
			.sorted(Comparator.naturalOrder())
			.map((Topic t) -> messages.getMessage("marketing.topic." + t.code(), null, language))
			.toList());
	}
}
