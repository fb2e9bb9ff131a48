package com.wtigg.store.customer.login;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.crypto.RandomTokens;
import com.wtigg.store.shared.web.StoreCookie;

/**
 * Browsers an account has signed in from, recognised by a random value in the {@code device}
 * cookie, kept only as a keyed hash.
 */
@Component
class KnownDevices {

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	private final Clock clock;

	KnownDevices(JdbcClient jdbc, SubjectCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	/**
	 * Records the browser for the account; true when the account had signed in before, but never
	 * from this browser.
	 */
	boolean signedInFrom(SubjectId subject, HttpServletRequest request, HttpServletResponse response) {
		String device = StoreCookie.DEVICE.valueIn(request).filter(RandomTokens::wellFormed).orElseGet(() -> {
			String value = RandomTokens.next();
			StoreCookie.DEVICE.set(request, response, value);
			return value;
		});
		byte[] hash = cipher.blindIndex("device", device);
		Timestamp now = Timestamp.from(clock.instant());
		int known = jdbc.sql("update account_device set last_seen = ? where subject_id = ? and device_hash = ?")
			.params(now, subject.value(), hash).update();
		if (known > 0) {
			return false;
		}
		boolean hadOthers = jdbc.sql("select exists (select 1 from account_device where subject_id = ?)")
			.param(subject.value()).query(Boolean.class).single();
		jdbc.sql("insert into account_device (subject_id, device_hash, first_seen, last_seen) values (?, ?, ?, ?) on conflict do nothing")
			.params(subject.value(), hash, now, now).update();
		return hadOthers;
	}
}
