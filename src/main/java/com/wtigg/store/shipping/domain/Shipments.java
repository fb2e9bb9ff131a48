package com.wtigg.store.shipping.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wtigg.store.shared.SubjectId;

/**
 * The shipment table.
 */
@Repository
public class Shipments {

	private static final String COLUMNS = "order_id, subject_id, order_number, carrier, tracking_number, option_code, "
			+ "recipient_enc, label_enc, label_type, created_at";

	private final JdbcClient jdbc;

	Shipments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StoredShipment> byOrder(UUID orderId) {
		return jdbc.sql("select " + COLUMNS + " from shipment where order_id = ?").param(orderId).query(Shipments::row).optional();
	}

	public Optional<StoredShipment> byTrackingNumber(String trackingNumber) {
		return jdbc.sql("select " + COLUMNS + " from shipment where tracking_number = ?").param(trackingNumber)
			.query(Shipments::row).optional();
	}

	/** The newest shipments first. */
	public List<StoredShipment> recent(int limit) {
		return jdbc.sql("select " + COLUMNS + " from shipment order by created_at desc, order_id limit ?").param(limit)
			.query(Shipments::row).list();
	}

	List<StoredShipment> bySubject(SubjectId subject) {
		return jdbc.sql("select " + COLUMNS + " from shipment where subject_id = ? order by created_at").param(subject.value())
			.query(Shipments::row).list();
	}

	/** Stores a new shipment; false when a shipment with its tracking number exists already. */
	boolean insert(StoredShipment s) {
		return jdbc.sql("insert into shipment (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(s.orderId(), s.subject().value(), s.orderNumber(), s.carrier(), s.trackingNumber(), s.optionCode(),
					s.recipientSealed(), s.labelSealed(), s.labelType(), Timestamp.from(s.createdAt()))
			.update() == 1;
	}

	/** Holds the order's shipment for the rest of the transaction, so that it is created once. */
	void lock(UUID orderId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 20261203))").param(orderId.toString()).query().singleRow();
	}

	int deleteBySubject(SubjectId subject) {
		return jdbc.sql("delete from shipment where subject_id = ?").param(subject.value()).update();
	}

	int deleteCreatedBefore(Timestamp cutoff) {
		return jdbc.sql("delete from shipment where created_at < ?").param(cutoff).update();
	}

	private static StoredShipment row(ResultSet rs, int n) throws SQLException {
		return new StoredShipment(rs.getObject("order_id", UUID.class), new SubjectId(rs.getObject("subject_id", UUID.class)),
				rs.getString("order_number"), rs.getString("carrier"), rs.getString("tracking_number"),
				rs.getString("option_code"), rs.getBytes("recipient_enc"), rs.getBytes("label_enc"), rs.getString("label_type"),
				rs.getTimestamp("created_at").toInstant());
	}
}
