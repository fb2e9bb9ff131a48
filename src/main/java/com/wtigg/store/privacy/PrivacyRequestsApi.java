package com.wtigg.store.privacy;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Data-subject requests as the mails about them see them.
 */
public interface PrivacyRequestsApi {

	/** Whom to write to about the request and what to say; empty once the request is gone. */
	Optional<RequestLetter> letter(UUID request);

	/** Opens a link sealed in one of the {@link PrivacyMail} events; empty once the request is gone. */
	Optional<String> unseal(UUID request, byte[] sealed);

	/**
	 * @param type the request type's code, such as {@code access}
	 * @param reason the written reason of a refusal or an extension, or null
	 */
	record RequestLetter(String email, Locale language, String reference, String type, @Nullable String reason) {

		@Override
		public String toString() {
			return "RequestLetter[" + reference + ", " + type + "]";
		}
	}
}
