package com.wtigg.store.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events after which the person behind a data-subject request gets a mail. They name the request
 * only; links are sealed with the request's own key ({@link PrivacyRequestsApi#unseal}), so the
 * event outbox holds no readable address or token.
 */
public sealed interface PrivacyMail {

	UUID request();

	/** The link that proves the address, valid until {@code expiresAt}. */
	record VerifyPrivacyRequest(UUID request, byte[] sealedLink, Instant expiresAt) implements PrivacyMail {
	}

	/** The request is received and verified; it is answered by {@code dueOn}. */
	record PrivacyRequestAcknowledged(UUID request, LocalDate dueOn) implements PrivacyMail {
	}

	/** The answer is put off to {@code dueOn}, for the reason recorded with the request. */
	record PrivacyRequestExtended(UUID request, LocalDate dueOn) implements PrivacyMail {
	}

	/** The request is refused, for the written reason recorded with it. */
	record PrivacyRequestRefused(UUID request) implements PrivacyMail {
	}

	/** A processor is told of the request's erasure or correction (GDPR Art. 19), by its notice. */
	record ProcessorNotice(UUID request, UUID notice) implements PrivacyMail {
	}

	/**
	 * The request is carried out; for a copy of the data, a download link valid until {@code linkExpiresAt}.
	 *
	 * @param dataFound false when no data was found under the details the person gave
	 */
	record PrivacyRequestCompleted(UUID request, byte[] sealedLink, Instant linkExpiresAt, boolean dataFound)
			implements PrivacyMail {
	}
}
