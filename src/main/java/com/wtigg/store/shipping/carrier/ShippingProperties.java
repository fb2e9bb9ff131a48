package com.wtigg.store.shipping.carrier;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the store ships: the carrier ({@code sandbox}, {@code ups} or {@code fedex}), the real
 * carriers' credentials (from the environment), the store's own rate table (the sandbox's prices,
 * and the fallback when a carrier cannot quote), and the address parcels leave from.
 *
 * @param freeStandardOver a US standard parcel ships free when the subtotal is above this (dollars)
 * @param parcelWeightGrams the weight quoted at checkout, before the parcel is packed
 * @param rateCacheTime how long a real carrier's quote for a country is reused before it is asked again
 */
@ConfigurationProperties("store.shipping")
public record ShippingProperties(@DefaultValue("sandbox") String carrier, @DefaultValue("500") BigDecimal freeStandardOver,
		@DefaultValue("500") int parcelWeightGrams, @DefaultValue("10m") Duration rateCacheTime, @DefaultValue Table rates, @DefaultValue Shipper shipper,
		@DefaultValue Credentials ups, @DefaultValue Credentials fedex) {

	/** Dollars and business days per zone (the US, everywhere else) and option. */
	public record Table(@DefaultValue("15") BigDecimal usStandard, @DefaultValue("35") BigDecimal usExpress,
			@DefaultValue("45") BigDecimal internationalStandard, @DefaultValue("85") BigDecimal internationalExpress,
			@DefaultValue("3-5") String usStandardDays, @DefaultValue("1-2") String usExpressDays,
			@DefaultValue("7-14") String internationalStandardDays, @DefaultValue("3-5") String internationalExpressDays) {
	}

	/** The store's name, phone and address as the sender of every parcel. */
	public record Shipper(@DefaultValue("WTIGG") String name, @DefaultValue("+17185550188") String phone,
			@DefaultValue("188th Street") String street, @DefaultValue("Flushing") String city,
			@DefaultValue("NY") String region, @DefaultValue("11355") String postalCode, @DefaultValue("US") String country) {
	}

	/** A real carrier's API account; blank unless its carrier is chosen. */
	public record Credentials(@Nullable String clientId, @Nullable String clientSecret, @Nullable String accountNumber,
			@Nullable URI apiBase) {

		@Override
		public String toString() {
			return "Credentials[" + apiBase + "]";
		}
	}
}
