package com.wtigg.store.consent.cookie;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, once a day, the cookie consent records older than their 12 months (RET-AUTO,
 * RET-CONSENT): by then the choice they prove has expired and the banner has asked again.
 */
@Component
class ConsentHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(ConsentHousekeeping.class);

	private final CookieConsentPersonalData records;

	private final Clock clock;

	ConsentHousekeeping(CookieConsentPersonalData records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	@Scheduled(cron = "${store.consent.housekeeping-cron:0 17 4 * * *}")
	void purgeExpiredRecords() {
		int deleted = records.purgeExpired(clock.instant());
		if (deleted > 0) {
			log.info("Deleted {} cookie consent records older than their lifetime", deleted);
		}
	}
}
