package com.wtigg.store.cart.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.wtigg.store.cart.persistence.CartRepository;

/**
 * Deletes guest carts nobody has touched for as long as the cart cookie lives.
 */
@Component
class CartHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(CartHousekeeping.class);

	private final CartRepository carts;

	private final int idleDays;

	CartHousekeeping(CartRepository carts, @Value("${store.cart.guest-cart-days:30}") int idleDays) {
		this.carts = carts;
		this.idleDays = idleDays;
	}

	@Scheduled(cron = "${store.cart.housekeeping-cron:0 17 3 * * *}")
	void deleteIdleGuestCarts() {
		int deleted = carts.deleteGuestCartsIdleFor(idleDays);
		if (deleted > 0) {
			log.info("Deleted {} guest carts idle for {} days", deleted, idleDays);
		}
	}
}
