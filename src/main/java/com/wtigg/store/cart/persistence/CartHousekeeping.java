package com.wtigg.store.cart.persistence;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, every night, the guest carts nobody has touched for as long as the cart cookie lives.
 */
@Component
class CartHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(CartHousekeeping.class);

	private final CartPersonalData carts;

	CartHousekeeping(CartPersonalData carts) {
		this.carts = carts;
	}

	@Scheduled(cron = "${store.cart.housekeeping-cron:0 17 3 * * *}")
	void deleteIdleGuestCarts() {
		int deleted = carts.purgeExpired(Instant.now());
		if (deleted > 0) {
			log.info("Deleted {} idle guest carts", deleted);
		}
	}
}
