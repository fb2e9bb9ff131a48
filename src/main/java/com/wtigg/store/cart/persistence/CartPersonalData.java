package com.wtigg.store.cart.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.ErasureAction;
import com.wtigg.store.privacy.Inventory;
import com.wtigg.store.privacy.LegalBasis;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;

/**
 * What carts hold about people: a customer's cart is linked to them, and its contents say what
 * they meant to buy. Guest carts are linked only to a browser's cookie.
 */
@Component
class CartPersonalData implements PersonalDataHolder {

	private static final String CART_RETENTION = "until the customer empties it or closes the account; "
			+ "guest carts until untouched for the cart cookie's lifetime";

	private final JdbcClient jdbc;

	private final int guestCartDays;

	CartPersonalData(JdbcClient jdbc, @Value("${store.cart.guest-cart-days:30}") int guestCartDays) {
		this.jdbc = jdbc;
		this.guestCartDays = guestCartDays;
	}

	@Override
	public Inventory inventory() {
		return new Inventory(List.of(
				new PersonalField("cart.owner_subject_id", DataCategory.IDENTIFIER, "keeping a customer's cart",
						LegalBasis.CONTRACT, CART_RETENTION, ErasureAction.DELETE),
				new PersonalField("cart.id", DataCategory.IDENTIFIER, "finding a shopper's cart from the cart cookie",
						LegalBasis.LEGITIMATE_INTEREST, CART_RETENTION, ErasureAction.DELETE),
				new PersonalField("cart_item.piece_id", DataCategory.PURCHASES, "the pieces a shopper means to buy",
						LegalBasis.CONTRACT, CART_RETENTION, ErasureAction.DELETE),
				new PersonalField("cart_item.quantity", DataCategory.PURCHASES, "the pieces a shopper means to buy",
						LegalBasis.CONTRACT, CART_RETENTION, ErasureAction.DELETE)),
				List.of("cart.created_at", "cart.updated_at"));
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		List<List<String>> rows = jdbc.sql("""
				select i.piece_id, i.quantity, i.added_at from cart c join cart_item i on i.cart_id = c.id
				where c.owner_subject_id = ? order by i.added_at
				""")
			.param(subject.value())
			.query((rs, n) -> List.of(String.valueOf(rs.getLong(1)), String.valueOf(rs.getInt(2)),
					rs.getTimestamp(3).toInstant().toString()))
			.list();
		export.add("cart", List.of("piece_id", "quantity", "added_at"), rows);
	}

	@Override
	@Transactional
	public void erase(SubjectId subject) {
		jdbc.sql("delete from cart where owner_subject_id = ?").param(subject.value()).update();
	}

	@Override
	@Transactional
	public int purgeExpired(Instant now) {
		return jdbc.sql("delete from cart where owner_subject_id is null and updated_at < ?::timestamptz - make_interval(days => ?)")
			.params(java.sql.Timestamp.from(now), guestCartDays)
			.update();
	}
}
