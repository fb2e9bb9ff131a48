package com.wtigg.store.privacy;

import java.util.Optional;

import com.wtigg.store.shared.SubjectId;

/**
 * Encrypts a subject's personal data with a key of their own. Once the key is forgotten, what was
 * encrypted with it cannot be read again from anywhere: the tables, a dump or a backup.
 */
public interface SubjectCipher {

	/** Encrypts one field's value; the ciphertext only decrypts for the same subject and field. */
	byte[] encrypt(SubjectId subject, String field, String value);

	/** The value, or empty once the subject's key is forgotten. */
	Optional<String> decrypt(SubjectId subject, String field, byte[] ciphertext);

	/** A keyed digest of a value for exact lookups (such as an email), the same for every subject. */
	byte[] blindIndex(String field, String value);

	/** Destroys the subject's key for good. */
	void forget(SubjectId subject);
}
