package com.wtigg.store.privacy.requests;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a request reached the store (DSR-CHANNELS). */
public enum RequestChannel {

	/** the privacy center's form, signed in */
	SIGNED_IN,
	/** the privacy center's form without an account, proven by a link to the address */
	WEB_FORM,
	/** a mail to the privacy address, entered by staff */
	EMAIL,
	/** a letter, entered by staff */
	POST,
	/** a staff member's own report (of a child's account) */
	STAFF;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean enteredByStaff() {
		return this == EMAIL || this == POST;
	}

	public static Optional<RequestChannel> parse(String code) {
		return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
	}
}
