package com.wtigg.store.shipping;

/**
 * A parcel to China would send the recipient's data to a carrier outside China, and the buyer has
 * not given (or has withdrawn) the separate consent to that transfer (LOC-XBORDER): nothing was
 * sent. The message names the carrier only.
 */
public class TransferNotConsentedException extends CarrierException {

	public TransferNotConsentedException(String carrier) {
		super("Not sent to " + carrier + ": the buyer in China has not consented to the transfer");
	}
}
