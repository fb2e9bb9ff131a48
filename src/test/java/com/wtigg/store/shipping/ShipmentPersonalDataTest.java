package com.wtigg.store.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.inventory.PersonalDataInventory;
import com.wtigg.store.shared.SubjectId;

/**
 * Shipments join every export, erasure and retention run: the recipient is exported readable,
 * erasure deletes the buyer's shipments, and a shipment is purged 7 years after it was created.
 */
@StoreTest
class ShipmentPersonalDataTest {

	@Autowired
	ShippingApi shipping;

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	PersonalDataInventory inventory;

	@Autowired
	JdbcClient jdbc;

	@Test
	@PolicyClause("COL-MINIMIZE")
	void everyShipmentColumnIsDeclared() {
		assertThat(inventory.fields()).extracting(PersonalField::column)
			.contains("shipment.recipient_enc", "shipment.label_enc", "shipment.subject_id");
		assertThat(inventory.undeclaredColumns()).noneMatch(c -> c.startsWith("shipment.") || c.startsWith("transfer_consent."));
	}

	@Test
	@PolicyClause({ "DSR-ACCESS", "DSR-DELETE" })
	void aBuyersShipmentsAreExportedAndErased() {
		SubjectId buyer = SubjectId.random();
		Shipment shipment = shipping.ship(ShippingSandboxTest.request(UUID.randomUUID(), buyer, "express"));
		List<List<String>> exported = new ArrayList<>();
		holders.forEach(h -> h.export(buyer, (dataset, columns, rows) -> {
			if (dataset.equals("shipment")) {
				exported.addAll(rows);
			}
		}));
		assertThat(exported).hasSize(1);
		assertThat(exported.getFirst()).contains(shipment.trackingNumber(), "express");
		assertThat(exported.getFirst().get(4)).contains("Mei Lin", "42 Austin Street", "Forest Hills");

		holders.forEach(h -> h.erase(buyer));
		assertThat(shipping.shipment(shipment.orderId())).isEmpty();
	}

	@Test
	@PolicyClause("RET-ORDERS")
	void shipmentsArePurgedSevenYearsAfterTheyWereCreated() {
		Instant now = Instant.now();
		Shipment old = shipping.ship(ShippingSandboxTest.request(UUID.randomUUID(), SubjectId.random(), "standard"));
		Shipment recent = shipping.ship(ShippingSandboxTest.request(UUID.randomUUID(), SubjectId.random(), "standard"));
		created(old, now.atOffset(ZoneOffset.UTC).minusYears(7).minusDays(1).toInstant());
		created(recent, now.atOffset(ZoneOffset.UTC).minusYears(7).plusDays(1).toInstant());
		holders.forEach(h -> h.purgeExpired(now));
		assertThat(shipping.shipment(old.orderId())).isEmpty();
		assertThat(shipping.shipment(recent.orderId())).isPresent();
	}

	private void created(Shipment shipment, Instant at) {
		jdbc.sql("update shipment set created_at = ? where order_id = ?").params(Timestamp.from(at), shipment.orderId()).update();
	}
}
