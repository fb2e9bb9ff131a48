package com.wtigg.store.shipping;

import java.net.URI;
import java.util.List;

import com.wtigg.store.shared.Money;

/**
 * The SPI each carrier's adapter implements (sandbox, UPS, FedEx); one is chosen by
 * {@code store.shipping.carrier}. An adapter sends a carrier only the fields of its entry in the
 * processor register, and never the buyer's email.
 */
public interface CarrierGateway {

	/** {@code sandbox-carrier}, {@code ups} or {@code fedex}: the processor register's id. */
	String name();

	/**
	 * The carrier's prices for a parcel of this weight to the country, by the store's option codes
	 * ({@code standard}, {@code express}); an option the carrier does not offer there is absent.
	 *
	 * @throws CarrierException when the carrier cannot be asked
	 */
	List<Rate> rates(String country, int weightGrams);

	/**
	 * Creates a shipment with the carrier for the option and returns its tracking number and label.
	 *
	 * @throws CarrierException when the carrier refuses it or cannot be reached
	 */
	CreatedShipment create(ShipmentRequest request, String optionCode);

	/** The carrier's public page that tracks the parcel. */
	URI trackingLink(String trackingNumber);

	/** A carrier's price for one of the store's options. */
	record Rate(String optionCode, Money price) {
	}

	/**
	 * What the carrier gave back for a new shipment.
	 *
	 * @param label the label as the carrier made it (an image or a PDF), or null when the store prints it itself
	 * @param labelType its media type, such as {@code application/pdf} or {@code image/gif}; null with no label
	 */
	record CreatedShipment(String trackingNumber, byte[] label, String labelType) {

		@Override
		public String toString() {
			return "CreatedShipment[" + trackingNumber + "]";
		}
	}
}
