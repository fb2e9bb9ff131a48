package com.wtigg.store.ordering.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.wtigg.store.ordering.persistence.OrderRepository;

/**
 * Finds an order by its email's blind index and its number.
 */
@Component
class OrderLookup {

	private final OrderRepository orders;

	OrderLookup(OrderRepository orders) {
		this.orders = orders;
	}

	Optional<UUID> find(String email, String number) {
		return orders.idByEmail(email, number);
	}
}
