package com.wtigg.store.customer.secondfactor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;

/**
 * Single-use codes that stand in for the authenticator app when it is lost. They are shown once;
 * only a keyed hash of each (bound to its account) is stored.
 */
@Component
class RecoveryCodes {

	static final int COUNT = 10;

	private final RecoveryCodeGenerator generator = new RecoveryCodeGenerator();

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	private final Clock clock;

	RecoveryCodes(JdbcClient jdbc, SubjectCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** New codes for the account; earlier ones stop working. */
	List<String> replace(SubjectId subject) {
		jdbc.sql("delete from account_recovery_code where subject_id = ?").param(subject.value()).update();
		List<String> codes = List.of(generator.generateCodes(COUNT));
		for (String code : codes) {
			jdbc.sql("insert into account_recovery_code (subject_id, code_hash) values (?, ?)")
				.params(subject.value(), hash(subject, normalized(code))).update();
		}
		return codes;
	}

	/** Uses a code up: true the first time, false ever after or when it is not one of the account's. */
	boolean use(SubjectId subject, String typed) {
		String code = normalized(typed);
		if (code.length() != 16 || !code.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
			return false;
		}
		return jdbc.sql("update account_recovery_code set used_at = ? where subject_id = ? and code_hash = ? and used_at is null")
			.params(Timestamp.from(clock.instant()), subject.value(), hash(subject, code)).update() == 1;
	}

	int remaining(SubjectId subject) {
		return jdbc.sql("select count(*) from account_recovery_code where subject_id = ? and used_at is null")
			.param(subject.value()).query(Integer.class).single();
	}

	private static String normalized(String typed) {
		if (typed == null || typed.length() > 100) {
			return "";
		}
		return typed.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
	}

	private byte[] hash(SubjectId subject, String code) {
		return cipher.blindIndex("recovery", subject + ":" + code);
	}
}
