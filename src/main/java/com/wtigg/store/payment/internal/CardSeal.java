package com.wtigg.store.payment.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.wtigg.store.payment.PaymentGateway.Card;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;

/**
 * The card's brand and last four digits, encrypted under the buyer's key (COL-SENSITIVE): once
 * the key is forgotten, no copy of them can be read.
 */
@Component
class CardSeal {

	static final String BRAND = "payment.card_brand";

	static final String LAST4 = "payment.card_last4";

	private final SubjectCipher cipher;

	CardSeal(SubjectCipher cipher) {
		this.cipher = cipher;
	}

	byte @Nullable [] brand(SubjectId subject, @Nullable Card card) {
		return card == null ? null : cipher.encrypt(subject, BRAND, card.brand());
	}

	byte @Nullable [] last4(SubjectId subject, @Nullable Card card) {
		return card == null ? null : cipher.encrypt(subject, LAST4, card.last4());
	}

	@Nullable
	String read(SubjectId subject, String field, byte @Nullable [] sealed) {
		return sealed == null ? null : cipher.decrypt(subject, field, sealed).orElse(null);
	}
}
