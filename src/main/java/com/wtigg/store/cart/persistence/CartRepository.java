package com.wtigg.store.cart.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

	public int itemCount(UUID cart) {
		return jdbc.sql("select coalesce(sum(quantity), 0) from cart_item where cart_id = ?")
			.param(cart)
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

	public void delete(UUID cart) {
		jdbc.sql("delete from cart where id = ?").param(cart).update();
	}

	private void touch(UUID cart) {
		jdbc.sql("update cart set updated_at = now() where id = ?").param(cart).update();
	}
}
