package com.wtigg.store.ordering.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.wtigg.store.ordering.domain.NewOrder;
import com.wtigg.store.ordering.domain.Preferences;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.PostalAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Encrypts an order's personal fields under the buyer's key, and opens them again; the email also
 * gets its blind index, for the guest look-up.
 */
@Component
class OrderSealing {

	static final String EMAIL_INDEX = "shop_order.email";

	private final SubjectCipher cipher;

	private final JsonMapper json = JsonMapper.builder().build();

	OrderSealing(SubjectCipher cipher) {
		this.cipher = cipher;
	}

	record Sealed(byte[] email, byte[] emailIndex, byte @Nullable [] phone, byte[] shipping, byte[] billing,
			byte @Nullable [] preferences) {
	}

	record Opened(@Nullable String email, @Nullable String phone, @Nullable PostalAddress shipping,
			@Nullable PostalAddress billing, @Nullable Preferences preferences) {
	}

	Sealed seal(NewOrder order) {
		SubjectId s = order.subject();
		return new Sealed(cipher.encrypt(s, "shop_order.email_enc", order.email()), emailIndex(order.email()),
				order.phone() == null ? null : cipher.encrypt(s, "shop_order.phone_enc", order.phone()),
				cipher.encrypt(s, "shop_order.shipping_address_enc", json.writeValueAsString(order.shipping())),
				cipher.encrypt(s, "shop_order.billing_address_enc", json.writeValueAsString(order.billing())),
				order.preferences().any()
						? cipher.encrypt(s, "shop_order.preferences_enc", json.writeValueAsString(order.preferences())) : null);
	}

	byte[] emailIndex(String email) {
		return cipher.blindIndex(EMAIL_INDEX, email.strip().toLowerCase(Locale.ROOT));
	}

	Opened open(SubjectId subject, ResultSet rs) throws SQLException {
		return new Opened(text(subject, rs, "email_enc"), text(subject, rs, "phone_enc"),
				address(subject, rs, "shipping_address_enc"), address(subject, rs, "billing_address_enc"),
				preferences(subject, rs));
	}

	byte[] sealText(SubjectId subject, String column, String value) {
		return cipher.encrypt(subject, column, value);
	}

	@Nullable String openText(SubjectId subject, String column, byte @Nullable [] sealed) {
		return sealed == null ? null : cipher.decrypt(subject, column, sealed).orElse(null);
	}

	private @Nullable String text(SubjectId subject, ResultSet rs, String column) throws SQLException {
		return openText(subject, "shop_order." + column, rs.getBytes(column));
	}

	private @Nullable PostalAddress address(SubjectId subject, ResultSet rs, String column) throws SQLException {
		String text = text(subject, rs, column);
		return text == null ? null : json.readValue(text, PostalAddress.class);
	}

	private @Nullable Preferences preferences(SubjectId subject, ResultSet rs) throws SQLException {
		String text = text(subject, rs, "preferences_enc");
		return text == null ? Preferences.NONE : json.readValue(text, Preferences.class);
	}
}
