package com.wtigg.store.ordering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.wtigg.store.shared.SubjectId;

/**
 * Orders as other modules see them.
 */
public interface OrderingApi {

	/** What an order's mails show; empty when the order or the buyer's key is gone. */
	Optional<OrderMailView> mailView(UUID orderId);

	/** The order of this number, if this subject placed it; empty for a malformed number or another's order. */
	Optional<OrderSummary> orderOf(SubjectId buyer, String number);

	/** The order of this number, if it was placed with this email (a guest's); empty otherwise. */
	Optional<OrderSummary> orderPlacedWith(String email, String number);

	/** The subject's orders, newest first. */
	List<OrderSummary> ordersOf(SubjectId buyer);
}
