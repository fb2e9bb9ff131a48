package com.wtigg.store.ordering.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wtigg.store.ordering.domain.NewOrder;
import com.wtigg.store.ordering.domain.OrderLine;
import com.wtigg.store.ordering.domain.OrderStatus;
import com.wtigg.store.ordering.domain.OrderView;
import com.wtigg.store.shared.LocalizedText;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;

/**
 * The orders' tables. Every change of state is a conditional update on the state it starts from,
 * so two nodes (or a webhook and a return) never both make the same step.
 */
@Repository
public class OrderRepository {

	private final JdbcClient jdbc;

	private final OrderSealing sealing;

	OrderRepository(JdbcClient jdbc, OrderSealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	/** Inserts the order and its lines; false when an order with its id already exists (a repeated submit). */
	public boolean insert(NewOrder order) {
		OrderSealing.Sealed sealed = sealing.seal(order);
		int inserted = jdbc.sql("""
				insert into shop_order (id, number, subject_id, cart_id, status, language, email_enc, email_index, phone_enc,
				  shipping_address_enc, billing_address_enc, preferences_enc, guest_token_hash, shipping_country,
				  shipping_option, shipping_name_en, shipping_name_zh, subtotal_cents, shipping_cents, total_cents,
				  placed_at, reserved_until, last_activity_at)
				values (?, ?, ?, ?, 'placed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do nothing
				""")
			.params(order.id(), order.number(), order.subject().value(), order.cartId(), order.language().toLanguageTag(),
					sealed.email(), sealed.emailIndex(), sealed.phone(), sealed.shipping(), sealed.billing(),
					sealed.preferences(), order.guestTokenHash(), order.shipping().country(), order.shippingOption(),
					order.shippingName().en(), order.shippingName().zh(), order.subtotal().cents(),
					order.shippingPrice().cents(), order.total().cents(), Timestamp.from(order.placedAt()),
					Timestamp.from(order.reservedUntil()), Timestamp.from(order.placedAt()))
			.update();
		if (inserted == 0) {
			return false;
		}
		int position = 0;
		for (OrderLine line : order.lines()) {
			jdbc.sql("insert into shop_order_line (order_id, position, piece_id, name_en, name_zh, quantity, price_cents) values (?, ?, ?, ?, ?, ?, ?)")
				.params(order.id(), position++, line.pieceId(), line.name().en(), line.name().zh(), line.quantity(),
						line.price().cents())
				.update();
		}
		return true;
	}

	/**
	 * The order with its lines. The lines are read first, not while the order's row is being read,
	 * so that one look-up never holds two of the pool's connections at once.
	 */
	public Optional<OrderView> find(UUID id) {
		List<OrderLine> lines = lines(id);
		return jdbc.sql("select * from shop_order where id = ?").param(id).query((rs, n) -> view(rs, lines)).optional();
	}

	public Optional<OrderView> findByNumber(String number) {
		return jdbc.sql("select id from shop_order where number = ?").param(number).query(UUID.class).optional()
			.flatMap(this::find);
	}

	/** The order of this number placed with this email (by its blind index), if both match one order. */
	public Optional<UUID> idByEmail(String email, String number) {
		return jdbc.sql("select id from shop_order where number = ? and email_index = ? and not restricted")
			.params(number, sealing.emailIndex(email)).query(UUID.class).optional();
	}

	/** Whether the guest cookie's digest is the one the order was placed with. */
	public boolean placedBy(UUID id, byte[] guestTokenHash) {
		return jdbc.sql("select guest_token_hash = ? from shop_order where id = ?").params(guestTokenHash, id)
			.query(Boolean.class).optional().orElse(false);
	}

	/** One step of the state machine, made only if the order is still in the state it started from. */
	public boolean move(UUID id, OrderStatus from, OrderStatus to) {
		String stamp = switch (to) {
			case PAID -> ", paid_at = now()";
			case SHIPPED -> ", shipped_at = now()";
			case DELIVERED, CANCELLED, REFUNDED -> ", closed_at = now()";
			default -> "";
		};
		return jdbc.sql("update shop_order set status = ?, last_activity_at = now()" + stamp + " where id = ? and status = ?")
			.params(to.column(), id, from.column()).update() == 1;
	}

	public void recordShipment(UUID id, String carrier, String trackingNumber, String trackingLink, String labelPath) {
		jdbc.sql("update shop_order set carrier = ?, tracking_number = ?, tracking_link = ?, label_path = ? where id = ?")
			.params(carrier, trackingNumber, trackingLink, labelPath, id).update();
	}

	/**
	 * Records a refund once per key, with the state it leaves the order in; false when this refund
	 * was recorded before.
	 */
	public boolean recordRefund(UUID id, String refundKey, Money amount, OrderStatus from, OrderStatus to) {
		int inserted = jdbc.sql("insert into shop_order_refund (refund_key, order_id, amount_cents) values (?, ?, ?) on conflict do nothing")
			.params(refundKey, id, amount.cents()).update();
		if (inserted == 0) {
			return false;
		}
		jdbc.sql("""
				update shop_order set refunded_cents = refunded_cents + ?, status = ?, last_activity_at = now(),
				  closed_at = case when ? in ('refunded', 'cancelled') then coalesce(closed_at, now()) else closed_at end
				where id = ? and status = ?
				""").params(amount.cents(), to.column(), to.column(), id, from.column()).update();
		return true;
	}

	/** The cart the order was placed from. */
	public Optional<UUID> cartOf(UUID id) {
		return jdbc.sql("select cart_id from shop_order where id = ? and cart_id is not null").param(id).query(UUID.class).optional();
	}

	/** Notes that money was captured for an order already cancelled, so that it can be refunded. */
	public void markCapturedAfterCancel(UUID id) {
		jdbc.sql("update shop_order set paid_at = coalesce(paid_at, now()), last_activity_at = now() where id = ?").param(id).update();
	}

	/** Marks an order for staff's attention (a capture that came for a cancelled order). */
	public void flag(UUID id, String reason) {
		jdbc.sql("update shop_order set flagged = ? where id = ?").params(reason, id).update();
	}

	/** Placed orders whose reservation ran out, locked for this transaction and skipped by other nodes. */
	public List<UUID> lockExpired(Instant now, int limit) {
		return jdbc.sql("""
				select id from shop_order where status = 'placed' and reserved_until < ?
				order by reserved_until for update skip locked limit ?
				""").params(Timestamp.from(now), limit).query(UUID.class).list();
	}

	public List<OrderLine> lines(UUID id) {
		return jdbc.sql("select * from shop_order_line where order_id = ? order by position").param(id)
			.query((rs, n) -> new OrderLine(rs.getLong("piece_id"), new LocalizedText(rs.getString("name_en"), rs.getString("name_zh")),
					rs.getInt("quantity"), new Money(rs.getLong("price_cents"))))
			.list();
	}

	/** A line of an order list: nothing personal. */
	public record OrderRow(UUID id, String number, OrderStatus status, Instant placedAt, Money total,
			@Nullable String trackingNumber, @Nullable String trackingLink, @Nullable String flagged) {
	}

	public List<OrderRow> ofSubject(SubjectId subject) {
		return jdbc.sql("select * from shop_order where subject_id = ? order by placed_at desc").param(subject.value())
			.query(OrderRepository::row).list();
	}

	/** A page of all orders, newest first, with a status and a number to match if given. */
	public List<OrderRow> page(@Nullable OrderStatus status, @Nullable String number, int page, int size) {
		return jdbc.sql("select * from shop_order where (?::text is null or status = ?) and (?::text is null or number = ?) order by placed_at desc, id limit ? offset ?")
			.params(status == null ? null : status.column(), status == null ? null : status.column(), number, number,
					size, (page - 1) * size)
			.query(OrderRepository::row).list();
	}

	public int count(@Nullable OrderStatus status, @Nullable String number) {
		return jdbc.sql("select count(*) from shop_order where (?::text is null or status = ?) and (?::text is null or number = ?)")
			.params(status == null ? null : status.column(), status == null ? null : status.column(), number, number)
			.query(Integer.class).single();
	}

	private static OrderRow row(ResultSet rs, int n) throws SQLException {
		return new OrderRow(rs.getObject("id", UUID.class), rs.getString("number"), OrderStatus.ofColumn(rs.getString("status")),
				rs.getTimestamp("placed_at").toInstant(), new Money(rs.getLong("total_cents")), rs.getString("tracking_number"),
				rs.getString("tracking_link"), rs.getString("flagged"));
	}

	private OrderView view(ResultSet rs, List<OrderLine> lines) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		SubjectId subject = new SubjectId(rs.getObject("subject_id", UUID.class));
		OrderSealing.Opened opened = sealing.open(subject, rs);
		return new OrderView(id, rs.getString("number"), subject, OrderStatus.ofColumn(rs.getString("status")),
				Locale.forLanguageTag(rs.getString("language")), rs.getTimestamp("placed_at").toInstant(), lines,
				new Money(rs.getLong("subtotal_cents")), new Money(rs.getLong("shipping_cents")),
				new Money(rs.getLong("total_cents")), new Money(rs.getLong("refunded_cents")), rs.getString("shipping_option"),
				new LocalizedText(rs.getString("shipping_name_en"), rs.getString("shipping_name_zh")),
				rs.getString("shipping_country"), rs.getString("carrier"), rs.getString("tracking_number"),
				rs.getString("tracking_link"), rs.getString("label_path"), rs.getTimestamp("paid_at") != null,
				rs.getBoolean("restricted"), rs.getString("flagged"), opened.email(), opened.phone(), opened.shipping(),
				opened.billing(), opened.preferences(), rs.getBytes("guest_token_hash") != null);
	}
}
