package com.wtigg.store.shipping.carrier;

import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.regex.Pattern;

import com.wtigg.store.shipping.CarrierGateway;
import com.wtigg.store.shipping.ShipmentRequest;

/**
 * The carrier of the default run: prices from the store's rate table, random tracking numbers
 * ({@code WT1Z} and 12 digits), a label the store prints itself and a tracking page of its own.
 * Nothing leaves the store.
 */
public class SandboxCarrier implements CarrierGateway {

	/** Its entry in the processor register. */
	public static final String ID = "sandbox-carrier";

	/** What its tracking numbers look like. */
	public static final Pattern TRACKING_NUMBER = Pattern.compile("WT1Z[0-9]{12}");

	private final SecureRandom random = new SecureRandom();

	private final RateTable table;

	public SandboxCarrier(RateTable table) {
		this.table = table;
	}

	@Override
	public String name() {
		return ID;
	}

	@Override
	public List<Rate> rates(String country, int weightGrams) {
		return table.rates(country);
	}

	@Override
	public CreatedShipment create(ShipmentRequest request, String optionCode) {
		StringBuilder number = new StringBuilder("WT1Z");
		random.ints(12, 0, 10).forEach(number::append);
		return new CreatedShipment(number.toString(), null, null);
	}

	@Override
	public URI trackingLink(String trackingNumber) {
		return URI.create("/shipping/track/" + trackingNumber);
	}
}
