package com.wtigg.store.ordering.process;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.wtigg.store.ordering.persistence.DraftRepository;

/**
 * Deletes checkout drafts nobody touched for {@code store.ordering.draft-lifetime} (a day).
 */
@Component
class DraftHousekeeping {

	private final DraftRepository drafts;

	private final Clock clock;

	private final Duration lifetime;

	DraftHousekeeping(DraftRepository drafts, Clock clock, @Value("${store.ordering.draft-lifetime:1d}") Duration lifetime) {
		this.drafts = drafts;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	@Scheduled(cron = "${store.ordering.housekeeping-cron:0 37 * * * *}")
	void deleteStaleDrafts() {
		drafts.deleteOlderThan(clock.instant().minus(lifetime));
	}
}
