package com.wtigg.store.ordering.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.ordering.domain.OrderView;
import com.wtigg.store.ordering.persistence.ReturnRequests;
import com.wtigg.store.payment.PaymentSummary;
import com.wtigg.store.shared.web.FormErrors;

/**
 * An order's page for its buyer, with the return request form.
 *
 * @param returnAction where the return form is sent
 */
public record OrderPage(OrderView order, @Nullable PaymentSummary payment, List<ReturnRequests.Request> requests,
		String returnAction, String kind, String reason, FormErrors errors, boolean sent) {

	/** Returns and exchanges are asked for once the order was paid. */
	public boolean returnable() {
		return order.status().paid();
	}
}
