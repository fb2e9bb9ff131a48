package com.wtigg.store.consent.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.wtigg.store.consent.ConsentApi;
import com.wtigg.store.privacy.SubjectConsents;
import com.wtigg.store.shared.SubjectId;

/** The subject's cross-border transfer consents as the privacy center lists them. */
@Component
class TransferConsentLines implements SubjectConsents {

	private final ConsentApi consents;

	TransferConsentLines(ConsentApi consents) {
		this.consents = consents;
	}

	@Override
	public List<ConsentLine> of(SubjectId subject) {
		return consents.transferConsents(subject).stream()
			.map(c -> new ConsentLine("privacy.consent.transfer", String.join(", ", c.processorIds()), c.live(),
					c.live() ? c.givenAt() : c.withdrawnAt(), "/account/transfer-consents"))
			.toList();
	}
}
