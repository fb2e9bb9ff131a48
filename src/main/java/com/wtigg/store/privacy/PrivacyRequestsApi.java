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

	/** A notice to a processor of an erasure or correction, with the processor's privacy address. */
	Optional<NoticeLetter> notice(UUID notice);

	/**
	 * @param kind {@code erasure} or {@code correction}
	 * @param references the processor's own ids of the records concerned
	 */
	record NoticeLetter(String email, String processorName, String reference, String kind, java.util.List<String> references) {

		@Override
		public String toString() {
			return "NoticeLetter[" + reference + ", " + kind + "]";
		}
	}

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
