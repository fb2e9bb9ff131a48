package com.wtigg.store.shipping.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.wtigg.store.shared.web.NotFoundException;
import com.wtigg.store.shipping.carrier.RateTable;
import com.wtigg.store.shipping.carrier.SandboxCarrier;
import com.wtigg.store.shipping.domain.Recipient;
import com.wtigg.store.shipping.domain.ShipmentSealing;
import com.wtigg.store.shipping.domain.Shipments;
import com.wtigg.store.shipping.domain.StoredShipment;

/**
 * The sandbox carrier's public tracking page: a parcel's status by its tracking number, and
 * nothing about whom it goes to.
 */
@Controller
class TrackingController {

	private final Shipments shipments;

	private final RateTable table;

	private final ShipmentSealing sealing;

	private final Clock clock;

	TrackingController(Shipments shipments, ShipmentSealing sealing, RateTable table, Clock clock) {
		this.shipments = shipments;
		this.sealing = sealing;
		this.table = table;
		this.clock = clock;
	}

	@GetMapping("/shipping/track/{number}")
	String track(@PathVariable String number, Model model) {
		if (!SandboxCarrier.TRACKING_NUMBER.matcher(number).matches()) {
			throw new NotFoundException();
		}
		StoredShipment shipment = shipments.byTrackingNumber(number).filter(s -> SandboxCarrier.ID.equals(s.carrier()))
			.orElseThrow(NotFoundException::new);
		model.addAttribute("trackingNumber", shipment.trackingNumber());
		model.addAttribute("status", status(shipment));
		model.addAttribute("shippedOn", shipment.createdAt().toString().substring(0, 10));
		return "shipping/track";
	}

	/** Label created the first day, in transit until the option's longest time has passed, then delivered. */
	private String status(StoredShipment shipment) {
		long days = Duration.between(shipment.createdAt(), clock.instant()).toDays();
		int longest = table.days(shipment.optionCode(), country(shipment))[1];
		if (days < 1) {
			return "created";
		}
		return days <= longest ? "transit" : "delivered";
	}

	private String country(StoredShipment shipment) {
		return sealing.recipient(shipment).map(Recipient::country).orElse("");
	}
}
