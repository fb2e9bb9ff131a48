package com.wtigg.store.notification.sending;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wtigg.store.customer.MailRecipient;
import com.wtigg.store.privacy.PrivacyMail;
import com.wtigg.store.privacy.PrivacyMail.PrivacyRequestAcknowledged;
import com.wtigg.store.privacy.PrivacyMail.PrivacyRequestCompleted;
import com.wtigg.store.privacy.PrivacyMail.PrivacyRequestExtended;
import com.wtigg.store.privacy.PrivacyMail.PrivacyRequestRefused;
import com.wtigg.store.privacy.PrivacyMail.VerifyPrivacyRequest;
import com.wtigg.store.privacy.PrivacyRequestsApi;
import com.wtigg.store.privacy.PrivacyRequestsApi.RequestLetter;

/**
 * Writes to the person behind a data-subject request at each step, once: the link that proves
 * the address, the acknowledgement with the due date, an extension or a refusal with its written
 * reason, and the result (for a copy of the data, its download link). The mails name the request
 * and never hold the data itself.
 */
@Component
class PrivacyMailListener {

	private final MailDelivery delivery;

	private final PrivacyRequestsApi requests;

	private final MailLinks links;

	PrivacyMailListener(MailDelivery delivery, PrivacyRequestsApi requests, MailLinks links) {
		this.delivery = delivery;
		this.requests = requests;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(VerifyPrivacyRequest event) {
		delivery.once(event, () -> letter(event, Map.of("expiresAt", event.expiresAt()), event.sealedLink()));
	}

	@ApplicationModuleListener
	void on(PrivacyRequestAcknowledged event) {
		delivery.once(event, () -> letter(event, Map.of("dueOn", date(event.dueOn())), null));
	}

	@ApplicationModuleListener
	void on(PrivacyRequestExtended event) {
		delivery.once(event, () -> letter(event, Map.of("dueOn", date(event.dueOn())), null));
	}

	@ApplicationModuleListener
	void on(PrivacyRequestRefused event) {
		delivery.once(event, () -> letter(event, Map.of(), null));
	}

	@ApplicationModuleListener
	void on(PrivacyRequestCompleted event) {
		delivery.once(event, () -> letter(event, Map.of("expiresAt", event.linkExpiresAt(), "found", event.dataFound()),
				event.sealedLink()));
	}

	@ApplicationModuleListener
	void on(com.wtigg.store.privacy.PrivacyMail.ProcessorNotice event) {
		delivery.once(event, () -> requests.notice(event.notice()).map(n -> new Letter(
				new MailRecipient(n.email(), n.processorName(), java.util.Locale.ENGLISH),
				Map.of("notice", n, "link", links.absolute("/privacy/processors")))));
	}

	private Optional<Letter> letter(PrivacyMail event, Map<String, Object> extra, byte[] sealedLink) {
		return requests.letter(event.request()).flatMap(letter -> {
			Map<String, Object> values = new HashMap<>(extra);
			values.put("request", letter);
			values.put("reason", letter.reason() == null ? "" : letter.reason());
			String link = "/privacy";
			if (sealedLink != null) {
				Optional<String> unsealed = requests.unseal(event.request(), sealedLink);
				if (unsealed.isEmpty()) {
					return Optional.empty();
				}
				link = unsealed.get();
			}
			values.put("link", links.absolute(link));
			return Optional.of(new Letter(recipient(letter), values));
		});
	}

	private static MailRecipient recipient(RequestLetter letter) {
		return new MailRecipient(letter.email(), "", letter.language());
	}

	private static String date(LocalDate day) {
		return day.toString();
	}
}
