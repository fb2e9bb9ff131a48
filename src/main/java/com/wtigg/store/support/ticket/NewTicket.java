package com.wtigg.store.support.ticket;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.ordering.OrderSummary;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.support.screenshot.Screenshot;

/**
 * A checked ticket to open.
 *
 * @param customer the signed-in customer's subject; null for a guest, who gets a subject of their own
 * @param guestEmail the guest's address; null for a customer
 * @param order the order named, already checked to be the person's
 */
public record NewTicket(@Nullable SubjectId customer, @Nullable String guestEmail, Locale language, Topic topic,
		String message, @Nullable OrderSummary order, List<Screenshot> screenshots) {

	public NewTicket {
		screenshots = List.copyOf(screenshots);
	}

	@Override
	public String toString() {
		return "NewTicket[redacted]";
	}
}
