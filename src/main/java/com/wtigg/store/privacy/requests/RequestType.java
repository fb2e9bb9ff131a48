package com.wtigg.store.privacy.requests;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a data-subject request asks for (GDPR Art. 15–21, CCPA, PIPL ch. IV). */
public enum RequestType {

	ACCESS(true), CORRECTION(false), DELETION(false), WITHDRAWAL(false), PORTABILITY(true), RESTRICTION(false),
	LIFT_RESTRICTION(false),
	/** a parent, guardian or staff member reports an account as a child's; erased once the privacy officer confirms */
	MINOR_ERASURE(false);

	private final boolean discloses;

	RequestType(boolean discloses) {
		this.discloses = discloses;
	}

	/** Whether answering it hands the subject's data over, which needs the stronger proof of identity. */
	public boolean discloses() {
		return discloses;
	}

	/** Whether a person asks it about themselves on the request form (a child's account is reported apart). */
	public boolean ownRequest() {
		return this != MINOR_ERASURE;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<RequestType> parse(String code) {
		return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
	}
}
