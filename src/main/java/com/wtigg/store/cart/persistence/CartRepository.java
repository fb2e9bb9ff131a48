package com.wtigg.store.cart.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wtigg.store.shared.SubjectId;

/**
 * The cart tables.
 */
@Repository
public class CartRepository {

	private final JdbcClient jdbc;

	CartRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A line of a cart as stored. */
	public record Line(long pieceId, int quantity) {
	}

	public boolean exists(UUID cart) {
		return jdbc.sql("select exists (select 1 from cart where id = ?)").param(cart).query(Boolean.class).single();
	}

	public UUID create() {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into cart (id) values (?)").param(id).update();
		return id;
	}

	public List<Line> lines(UUID cart) {
		return jdbc.sql("select piece_id, quantity from cart_item where cart_id = ? order by added_at, piece_id")
			.param(cart)
			.query((rs, n) -> new Line(rs.getLong("piece_id"), rs.getInt("quantity")))
			.list();
	}

	/** How many items the cart holds, counted only when the shopper may use it (else 0). */
	public int itemCount(UUID cart, Optional<SubjectId> shopper) {
		return jdbc.sql("select coalesce(sum(i.quantity), 0) from cart_item i join cart c on c.id = i.cart_id "
				+ "where c.id = ? and (c.owner_subject_id is null or c.owner_subject_id = ?)")
			.params(cart, shopper.map(SubjectId::value).orElse(null))
			.query(Integer.class)
			.single();
	}

	/** Sets a line's quantity, adding the line if needed; 0 removes it. */
	public void setQuantity(UUID cart, long pieceId, int quantity) {
		if (quantity <= 0) {
			jdbc.sql("delete from cart_item where cart_id = ? and piece_id = ?").params(cart, pieceId).update();
		}
		else {
			jdbc.sql("""
					insert into cart_item (cart_id, piece_id, quantity) values (?, ?, ?)
					on conflict (cart_id, piece_id) do update set quantity = excluded.quantity
					""").params(cart, pieceId, quantity).update();
		}
		touch(cart);
	}

	/** The cart a customer owns, if any (the newest, should there be several). */
	public Optional<UUID> ownedBy(SubjectId owner) {
		return jdbc.sql("select id from cart where owner_subject_id = ? order by updated_at desc limit 1")
			.param(owner.value()).query(UUID.class).optional();
	}

	/** Makes a guest cart the customer's; false when it is someone else's already. */
	public boolean claim(UUID cart, SubjectId owner) {
		return jdbc.sql("update cart set owner_subject_id = ?, updated_at = now() where id = ? and (owner_subject_id is null or owner_subject_id = ?)")
			.params(owner.value(), cart, owner.value()).update() == 1;
	}

	/** Whether the shopper may use the cart: a guest's cart, or the signed-in shopper's own. */
	public boolean usableBy(UUID cart, Optional<SubjectId> shopper) {
		return jdbc.sql("select exists (select 1 from cart where id = ? and (owner_subject_id is null or owner_subject_id = ?))")
			.params(cart, shopper.map(SubjectId::value).orElse(null)).query(Boolean.class).single();
	}

	/** Whether a cart is a guest's (nobody owns it). */
	public boolean guest(UUID cart) {
		return jdbc.sql("select exists (select 1 from cart where id = ? and owner_subject_id is null)").param(cart)
			.query(Boolean.class).single();
	}

	public void delete(UUID cart) {
		jdbc.sql("delete from cart where id = ?").param(cart).update();
	}

	private void touch(UUID cart) {
		jdbc.sql("update cart set updated_at = now() where id = ?").param(cart).update();
	}
}
