package com.wtigg.store.shipping.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
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
 * What shipments hold about buyers: whom a parcel went to, its label and tracking number. Kept 7
 * years after the shipment was created (RET-ORDERS), deleted on erasure.
 */
@Component
class ShipmentPersonalData implements PersonalDataHolder {

	private static final String RETENTION = "7 years after the shipment was created; deleted on erasure";

	private static final String DELIVERY = "delivering the order and answering questions about its delivery";

	private final Shipments shipments;

	private final ShipmentSealing sealing;

	private final int years;

	ShipmentPersonalData(Shipments shipments, ShipmentSealing sealing,
			@Value("${store.shipping.retention-years:7}") int years) {
		this.shipments = shipments;
		this.sealing = sealing;
		this.years = years;
	}

	@Override
	public Inventory inventory() {
		return new Inventory(List.of(
				field("shipment.subject_id", DataCategory.IDENTIFIER),
				field("shipment.order_id", DataCategory.IDENTIFIER),
				field("shipment.order_number", DataCategory.IDENTIFIER),
				field("shipment.tracking_number", DataCategory.PURCHASES),
				field("shipment.recipient_enc", DataCategory.CONTACT),
				field("shipment.label_enc", DataCategory.CONTACT)),
				List.of("shipment.carrier", "shipment.option_code", "shipment.label_type", "shipment.created_at"));
	}

	private static PersonalField field(String column, DataCategory category) {
		return new PersonalField(column, category, DELIVERY, LegalBasis.CONTRACT, RETENTION, ErasureAction.DELETE);
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		List<List<String>> rows = shipments.bySubject(subject).stream().map(s -> {
			String address = sealing.recipient(s).map(ShipmentPersonalData::address).orElse("");
			return List.of(s.orderNumber(), s.carrier(), s.trackingNumber(), s.optionCode(), address, s.createdAt().toString());
		}).toList();
		export.add("shipment", List.of("order_number", "carrier", "tracking_number", "option", "recipient", "created_at"), rows);
	}

	private static String address(Recipient r) {
		return String.join(", ", java.util.stream.Stream.of(r.name(), r.line1(), r.line2(), r.city(), r.region(), r.postalCode(),
				r.country(), r.phone()).filter(v -> v != null && !v.isBlank()).toList());
	}

	@Override
	@Transactional
	public void erase(SubjectId subject) {
		shipments.deleteBySubject(subject);
	}

	@Override
	@Transactional
	public int purgeExpired(Instant now) {
		Instant cutoff = now.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
		return shipments.deleteCreatedBefore(Timestamp.from(cutoff));
	}
}
