package com.wtigg.store.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;

/**
 * Orders for the support tests, written straight into the orders' table: a customer's, and a
 * guest's placed with an email (found by its blind index, as the orders module stores it).
 */
final class SupportOrders {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	SupportOrders(JdbcClient jdbc, SubjectCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** A paid order of the subject; returns its number. */
	String paidOrder(SubjectId buyer) {
		return insert(buyer, null);
	}

	/** A guest's paid order placed with the email; returns its number. */
	String guestOrder(String email) {
		return insert(SubjectId.random(), email);
	}

	private String insert(SubjectId buyer, String email) {
		StringBuilder number = new StringBuilder("WT-");
		UUID random = UUID.randomUUID();
		for (int i = 0; i < 8; i++) {
			number.append(ALPHABET.charAt((int) ((random.getLeastSignificantBits() >>> (i * 5)) & 31)));
		}
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into shop_order (id, number, subject_id, status, language, email_enc, email_index, shipping_country,
				  shipping_option, shipping_name_en, shipping_name_zh, subtotal_cents, shipping_cents, total_cents,
				  placed_at, reserved_until, paid_at, last_activity_at)
				values (?, ?, ?, 'paid', 'en', ?, ?, 'US', 'standard', 'Standard', '标准', 12000, 0, 12000, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), number.toString(), buyer.value(),
					email == null ? null : cipher.encrypt(buyer, "shop_order.email_enc", email),
					email == null ? null : cipher.blindIndex("shop_order.email", email.toLowerCase(Locale.ROOT)), now, now, now, now)
			.update();
		return number.toString();
	}
}
