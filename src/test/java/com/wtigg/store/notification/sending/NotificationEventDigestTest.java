package com.wtigg.store.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.wtigg.store.customer.AccountMail.AccountLocked;
import com.wtigg.store.customer.AccountMail.NewDeviceSignIn;
import com.wtigg.store.customer.AccountMail.PasswordChanged;
import com.wtigg.store.customer.AccountMail.StaffInvited;
import com.wtigg.store.customer.AccountMail.VerifyEmail;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

class NotificationEventDigestTest {

	final SubjectId subject = SubjectId.random();

	final Instant at = Instant.parse("2026-11-29T10:15:30.123456Z");

	@Test
	void equalEventsHaveTheSameDigestArraysByContent() {
		assertThat(EventDigest.of(new VerifyEmail(subject, new byte[] { 1, 2, 3 }, at, false)))
			.isEqualTo(EventDigest.of(new VerifyEmail(subject, new byte[] { 1, 2, 3 }, at, false)))
			.hasSize(32);
	}

	@Test
	void anyDifferenceMakesAnotherDigest() {
		byte[] digest = EventDigest.of(new VerifyEmail(subject, new byte[] { 1, 2, 3 }, at, false));
		assertThat(List.of(EventDigest.of(new VerifyEmail(subject, new byte[] { 1, 2, 4 }, at, false)),
				EventDigest.of(new VerifyEmail(subject, new byte[] { 1, 2, 3 }, at, true)),
				EventDigest.of(new VerifyEmail(subject, new byte[] { 1, 2, 3 }, at.plusNanos(1000), false)),
				EventDigest.of(new VerifyEmail(SubjectId.random(), new byte[] { 1, 2, 3 }, at, false))))
			.allSatisfy(other -> assertThat(other).isNotEqualTo(digest));
	}

	@Test
	void eventsOfAnotherTypeWithTheSameValuesDiffer() {
		assertThat(EventDigest.of(new PasswordChanged(subject, at))).isNotEqualTo(EventDigest.of(new AccountLocked(subject, at)));
	}

	@Test
	void aMissingValueIsNotTheWordNull() {
		assertThat(EventDigest.of(new NewDeviceSignIn(subject, at, "Firefox", null)))
			.isNotEqualTo(EventDigest.of(new NewDeviceSignIn(subject, at, "Firefox", "null")));
	}

	@Test
	void rolesCountRegardlessOfOrder() {
		LinkedHashSet<StaffRole> reversed = new LinkedHashSet<>(List.of(StaffRole.ADMIN, StaffRole.FULFILMENT));
		assertThat(EventDigest.of(new StaffInvited(subject, new byte[] { 9 }, at, reversed)))
			.isEqualTo(EventDigest.of(new StaffInvited(subject, new byte[] { 9 }, at,
					EnumSet.of(StaffRole.FULFILMENT, StaffRole.ADMIN))));
	}
}
