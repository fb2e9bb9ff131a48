package com.wtigg.store.customer.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

/**
 * An account with its personal fields decrypted. Its {@code toString} shows no personal data.
 *
 * @param ageCheckedOn the day the age gate found the person 14 or older (the birth date is not kept)
 * @param totpSecret the second factor's shared secret, once enrolment began
 */
public record Account(SubjectId subject, AccountKind kind, AccountStatus status, String email, @Nullable String name,
		@Nullable String phone, Locale language, @Nullable String passwordHash, @Nullable LocalDate ageCheckedOn,
		@Nullable String totpSecret, @Nullable Instant totpEnabledAt, @Nullable Instant lockedUntil,
		Set<StaffRole> roles, @Nullable String pendingEmail) {

	public boolean staff() {
		return kind == AccountKind.STAFF;
	}

	public boolean secondFactorEnabled() {
		return totpEnabledAt != null;
	}

	/** Staff always need the second factor; customers when they turned it on. */
	public boolean needsSecondFactor() {
		return staff() || secondFactorEnabled();
	}

	@Override
	public String toString() {
		return "Account[" + subject + ", " + kind + ", " + status + "]";
	}
}
