package com.wtigg.store.ordering;

import java.time.Instant;
import java.util.UUID;

import com.wtigg.store.shared.Money;

/**
 * An order as a line of a list in another module (support's view of a customer): nothing personal.
 *
 * @param status the status's column value, such as {@code paid}
 */
public record OrderSummary(UUID id, String number, String status, Instant placedAt, Money total) {
}
