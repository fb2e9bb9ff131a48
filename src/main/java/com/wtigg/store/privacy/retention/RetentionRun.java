package com.wtigg.store.privacy.retention;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.wtigg.store.privacy.PersonalDataHolder;

/**
 * Once a day, every {@link PersonalDataHolder} deletes or anonymizes what its retention rules have
 * expired (the RET-* promises). One holder's failure does not stop the others; it is logged by
 * its class only, and the next run tries again.
 */
@Component
class RetentionRun {

	private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

	private final List<PersonalDataHolder> holders;

	private final Clock clock;

	RetentionRun(List<PersonalDataHolder> holders, Clock clock) {
		this.holders = holders;
		this.clock = clock;
	}

	@Scheduled(cron = "${store.privacy.retention-cron:0 17 4 * * *}", zone = "${store.privacy.zone:America/New_York}")
	int run() {
		int total = 0;
		for (PersonalDataHolder holder : holders) {
			String name = org.springframework.util.ClassUtils.getUserClass(holder).getSimpleName();
			try {
				int purged = holder.purgeExpired(clock.instant());
				total += purged;
				if (purged > 0) {
					log.info("Retention: {} removed or anonymized {} records", name, purged);
				}
			}
			catch (RuntimeException e) {
				log.warn("Retention: {} failed ({}); the next run tries again", name, e.getClass().getSimpleName());
			}
		}
		return total;
	}
}
