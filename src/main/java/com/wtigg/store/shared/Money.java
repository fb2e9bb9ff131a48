package com.wtigg.store.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount in US dollars, the store's only currency, held in whole cents.
 */
public record Money(long cents) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	private static final ThreadLocal<NumberFormat> US_DOLLARS = ThreadLocal
		.withInitial(() -> NumberFormat.getCurrencyInstance(Locale.US));

	public Money {
		if (cents < 0) {
			throw new IllegalArgumentException("An amount of money cannot be negative");
		}
	}

	/** Reads an amount such as {@code 1234.50}; more than two decimals are refused. */
	public static Money ofDollars(BigDecimal dollars) {
		return new Money(dollars.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact());
	}

	public static Money ofDollars(String dollars) {
		return ofDollars(new BigDecimal(dollars));
	}

	public BigDecimal dollars() {
		return BigDecimal.valueOf(cents, 2);
	}

	public Money times(int quantity) {
		return new Money(Math.multiplyExact(cents, quantity));
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(cents, other.cents));
	}

	/** The amount as shoppers read it, such as {@code $1,234.50}. */
	public String formatted() {
		return US_DOLLARS.get().format(dollars());
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(cents, other.cents);
	}

	@Override
	public String toString() {
		return formatted();
	}
}
