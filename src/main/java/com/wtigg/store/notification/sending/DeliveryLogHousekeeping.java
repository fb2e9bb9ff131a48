package com.wtigg.store.notification.sending;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets, once a day, which events' mails were sent long ago: an event is redelivered only while
 * its publication is incomplete, never months later.
 */
@Component
class DeliveryLogHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(DeliveryLogHousekeeping.class);

	private final DeliveryLog deliveries;

	private final MailSettings settings;

	private final Clock clock = Clock.systemUTC();

	DeliveryLogHousekeeping(DeliveryLog deliveries, MailSettings settings) {
		this.deliveries = deliveries;
		this.settings = settings;
	}

	@Scheduled(cron = "${store.mail.sent-log-cleanup-cron:0 43 3 * * *}")
	void forgetOldDeliveries() {
		int forgotten = deliveries.forgetBefore(clock.instant().minus(settings.sentLogRetention()));
		if (forgotten > 0) {
			log.info("Forgot {} mail deliveries older than {}", forgotten, settings.sentLogRetention());
		}
	}
}
