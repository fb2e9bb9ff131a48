package com.wtigg.store.privacy.requests;

import java.util.Locale;

/** Where a request stands. */
public enum RequestStatus {

	/** waiting for the person to follow the link sent to the address */
	AWAITING_VERIFICATION,
	/** identity proven; acknowledged; waiting for staff or the store to answer */
	OPEN,
	/** answered as asked */
	COMPLETED,
	/** refused, with a written reason sent to the subject */
	REFUSED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean closed() {
		return this == COMPLETED || this == REFUSED;
	}
}
