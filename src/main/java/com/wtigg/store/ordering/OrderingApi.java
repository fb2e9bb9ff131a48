package com.wtigg.store.ordering;

import java.util.Optional;
import java.util.UUID;

/**
 * Orders as other modules see them.
 */
public interface OrderingApi {

	/** What an order's mails show; empty when the order or the buyer's key is gone. */
	Optional<OrderMailView> mailView(UUID orderId);
}
