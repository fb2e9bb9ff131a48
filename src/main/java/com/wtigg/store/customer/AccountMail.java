package com.wtigg.store.customer;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

/**
 * Events after which a person must get an email. They name the subject only; anything secret
 * (a link with a token, a former address) is sealed with the subject's key, so the event outbox
 * holds no readable personal data or token. {@link CustomerApi#unseal} opens it.
 */
public sealed interface AccountMail {

	SubjectId subject();

	/** A link to confirm an address: {@code newAddress} when it goes to an address being changed to. */
	record VerifyEmail(SubjectId subject, byte[] sealedLink, Instant expiresAt, boolean newAddress) implements AccountMail {
	}

	/** A link to choose a new password, asked for on the sign-in page. */
	record ResetPassword(SubjectId subject, byte[] sealedLink, Instant expiresAt) implements AccountMail {
	}

	/** Someone signed in from a browser this account had not used before. */
	record NewDeviceSignIn(SubjectId subject, Instant at, String browser, @Nullable String operatingSystem)
			implements AccountMail {
	}

	/** The password was changed (or reset). */
	record PasswordChanged(SubjectId subject, Instant at) implements AccountMail {
	}

	/** The address was changed; told to the former address, sealed here. */
	record EmailChanged(SubjectId subject, byte[] sealedFormerAddress, Instant at) implements AccountMail {
	}

	/** A staff member was invited: a link to set a password and enrol the second factor. */
	record StaffInvited(SubjectId subject, byte[] sealedLink, Instant expiresAt, Set<StaffRole> roles)
			implements AccountMail {
	}

	/**
	 * Someone tried to open an account with an address that already has one; the page said the
	 * same as for a new address, so only the owner learns it, by this mail.
	 */
	record RegistrationAttempted(SubjectId subject, Instant at) implements AccountMail {
	}

	/** Too many failed sign-ins: the account is locked for a while. */
	record AccountLocked(SubjectId subject, Instant until) implements AccountMail {
	}
}
