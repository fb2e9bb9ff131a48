package com.wtigg.store.shipping;

/**
 * A carrier refused a request or could not be reached. The message names the carrier and what
 * failed (such as an HTTP status), never the parcel's recipient or the carrier's response body.
 */
public class CarrierException extends RuntimeException {

	public CarrierException(String message) {
		super(message);
	}

	public CarrierException(String message, Throwable cause) {
		super(message, cause);
	}
}
