package com.wtigg.store.consent.cookie;

import java.util.Arrays;
import java.util.Optional;

/** How a consent record came about, as the record and its receipt name it. */
enum ConsentMethod {
	ACCEPT_ALL("accept-all"), REJECT_ALL("reject-all"), CUSTOM("custom"), GPC("gpc"), WITHDRAW("withdraw"),
	DO_NOT_SELL("do-not-sell");

	private final String code;

	ConsentMethod(String code) {
		this.code = code;
	}

	String code() {
		return code;
	}

	/** The method a choice form names; only the three a person can pick. */
	static Optional<ConsentMethod> chosen(String code) {
		return Arrays.stream(new ConsentMethod[] { ACCEPT_ALL, REJECT_ALL, CUSTOM }).filter(m -> m.code.equals(code)).findFirst();
	}
}
