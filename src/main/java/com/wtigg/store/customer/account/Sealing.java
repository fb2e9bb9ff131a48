package com.wtigg.store.customer.account;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;

/**
 * Seals the secret parts of mail events (links with tokens, former addresses) with the subject's
 * key, so the event outbox holds nothing readable.
 */
@Component
public class Sealing {

	private static final String FIELD = "mail.sealed";

	private final SubjectCipher cipher;

	Sealing(SubjectCipher cipher) {
		this.cipher = cipher;
	}

	public byte[] seal(SubjectId subject, String value) {
		return cipher.encrypt(subject, FIELD, value);
	}

	public Optional<String> unseal(SubjectId subject, byte[] sealed) {
		return cipher.decrypt(subject, FIELD, sealed);
	}
}
