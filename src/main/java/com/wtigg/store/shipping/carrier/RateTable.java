package com.wtigg.store.shipping.carrier;

import java.util.List;
import java.util.Locale;

import com.wtigg.store.shared.Money;
import com.wtigg.store.shipping.CarrierGateway.Rate;

/**
 * The store's own prices and delivery times per zone (the US, everywhere else): the sandbox
 * carrier's rates, the days shown beside every carrier's price, and the fallback when a carrier
 * cannot quote.
 */
public final class RateTable {

	/** The store's option codes, in the order they are offered. */
	public static final List<String> OPTIONS = List.of("standard", "express");

	private static final String HOME = "US";

	private final ShippingProperties.Table table;

	public RateTable(ShippingProperties.Table table) {
		this.table = table;
		for (String option : OPTIONS) {
			days(option, HOME);
			days(option, "CA");
		}
	}

	/** The table's price of each option to the country. */
	public List<Rate> rates(String country) {
		boolean home = domestic(country);
		return List.of(new Rate("standard", Money.ofDollars(home ? table.usStandard() : table.internationalStandard())),
				new Rate("express", Money.ofDollars(home ? table.usExpress() : table.internationalExpress())));
	}

	/** Fewest and most business days of the option to the country. */
	public int[] days(String option, String country) {
		boolean home = domestic(country);
		String range = switch (option) {
			case "standard" -> home ? table.usStandardDays() : table.internationalStandardDays();
			case "express" -> home ? table.usExpressDays() : table.internationalExpressDays();
			default -> throw new IllegalArgumentException("Unknown shipping option");
		};
		String[] parts = range.split("-", 2);
		try {
			int min = Integer.parseInt(parts[0].strip());
			int max = parts.length == 1 ? min : Integer.parseInt(parts[1].strip());
			if (min < 0 || max < min) {
				throw new NumberFormatException();
			}
			return new int[] { min, max };
		}
		catch (NumberFormatException e) {
			throw new IllegalStateException("store.shipping.rates: days must read like 3-5, not " + range, e);
		}
	}

	/** Whether the country is the store's home zone. */
	public static boolean domestic(String country) {
		return HOME.equals(country.toUpperCase(Locale.ROOT));
	}
}
