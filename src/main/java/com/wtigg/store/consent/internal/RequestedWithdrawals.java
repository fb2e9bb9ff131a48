package com.wtigg.store.consent.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wtigg.store.consent.ConsentApi;
import com.wtigg.store.privacy.ConsentsWithdrawn;

/**
 * A verified request to withdraw every consent (DSR-WITHDRAW) ends the subject's transfer consents
 * at once; a later transfer needs a new, explicit one.
 */
@Component
class RequestedWithdrawals {

	private final ConsentApi consents;

	RequestedWithdrawals(ConsentApi consents) {
		this.consents = consents;
	}

	@ApplicationModuleListener
	void on(ConsentsWithdrawn event) {
		consents.withdrawTransfers(event.subject());
	}
}
