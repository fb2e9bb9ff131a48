package com.wtigg.store.privacy.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.crypto.Keyring;

/**
 * AES-256-GCM (Tink) with each subject's own key; the field's name and the subject are bound to
 * each ciphertext as associated data, so a value cannot be moved to another field or person.
 */
@Service
class TinkSubjectCipher implements SubjectCipher {

	private final FileSubjectKeys keys;

	private final Keyring keyring;

	TinkSubjectCipher(Keyring keyring) {
		this.keyring = keyring;
		this.keys = new FileSubjectKeys(keyring);
	}

	@Override
	public byte[] encrypt(SubjectId subject, String field, String value) {
		try {
			return keys.keyOf(subject).encrypt(value.getBytes(StandardCharsets.UTF_8), associatedData(subject, field));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A field could not be encrypted", e);
		}
	}

	@Override
	public Optional<String> decrypt(SubjectId subject, String field, byte[] ciphertext) {
		return keys.existingKeyOf(subject).map(key -> {
			try {
				return new String(key.decrypt(ciphertext, associatedData(subject, field)), StandardCharsets.UTF_8);
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException("A field does not decrypt for its subject and name", e);
			}
		});
	}

	@Override
	public byte[] blindIndex(String field, String value) {
		return keyring.blindIndex(field, value);
	}

	@Override
	public void forget(SubjectId subject) {
		keys.forget(subject);
	}

	private static byte[] associatedData(SubjectId subject, String field) {
		return (subject + "/" + field).getBytes(StandardCharsets.UTF_8);
	}
}
