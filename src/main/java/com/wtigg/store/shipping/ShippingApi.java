package com.wtigg.store.shipping;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.wtigg.store.shared.Money;

/**
 * Shipping as the ordering module sees it.
 */
public interface ShippingApi {

	/** The name of the configured carrier ({@code sandbox-carrier}, {@code ups} or {@code fedex}), as in the processor register. */
	String carrier();

	/** The options a shopper may choose for a parcel to this country, cheapest first. */
	List<ShippingOption> options(String country, Money subtotal);

	/** One option by its code, as {@link #options} would give it; empty for an unknown code. */
	Optional<ShippingOption> option(String code, String country, Money subtotal);

	/**
	 * Creates the shipment with the carrier (idempotent per order: a second call returns the first
	 * shipment) and returns its tracking number and label.
	 *
	 * @throws TransferNotConsentedException for a parcel to China with a carrier outside China, when the buyer has no
	 *         live transfer consent to that carrier ({@code ConsentApi}); nothing is sent or stored then
	 * @throws CarrierException when the carrier refuses the shipment or cannot be reached; nothing is stored then
	 * @throws IllegalArgumentException for an option code that does not ship to the request's country
	 */
	Shipment ship(ShipmentRequest request);

	/** The shipment of an order, once shipped. */
	Optional<Shipment> shipment(UUID orderId);
}
