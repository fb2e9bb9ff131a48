package com.wtigg.store.notification.sending;

import java.time.Duration;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.wtigg.store.customer.AccountMail;
import com.wtigg.store.marketing.MarketingMail;
import com.wtigg.store.ordering.OrderMail;

/**
 * Tries the mails that could not be sent (the SMTP server was away) again every few minutes,
 * instead of only when the store restarts. Nodes that retry at the same time still send each mail
 * once: {@link MailDelivery} sees to that.
 */
@Component
class FailedMailRetry {

	private final FailedEventPublications failed;

	private final MailSettings settings;

	FailedMailRetry(FailedEventPublications failed, MailSettings settings) {
		this.failed = failed;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${store.mail.retry-interval:5m}", initialDelayString = "${store.mail.retry-interval:5m}")
	void retryFailedMails() {
		retryMailsFailedBefore(settings.retryInterval());
	}

	/** Resubmits the failed publications of account and order mail events published at least this long ago. */
	void retryMailsFailedBefore(Duration age) {
		failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(age)
			.withFilter(publication -> publication.getEvent() instanceof AccountMail
					|| publication.getEvent() instanceof OrderMail
					|| publication.getEvent() instanceof MarketingMail));
	}
}
