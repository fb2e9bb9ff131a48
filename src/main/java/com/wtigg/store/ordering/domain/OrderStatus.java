package com.wtigg.store.ordering.domain;

import java.util.Locale;

/**
 * Where an order stands, from placed (stock reserved, not yet paid) to delivered, cancelled or
 * refunded.
 */
public enum OrderStatus {
	PLACED, PAID, PACKED, SHIPPED, DELIVERED, CANCELLED, REFUNDED;

	/** The value in the table's {@code status} column. */
	public String column() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static OrderStatus ofColumn(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

	/** The key of the status's name in the message bundles. */
	public String messageKey() {
		return "order.status." + column();
	}

	/** Whether the order's amount was captured and not given back in full. */
	public boolean paid() {
		return this == PAID || this == PACKED || this == SHIPPED || this == DELIVERED;
	}
}
