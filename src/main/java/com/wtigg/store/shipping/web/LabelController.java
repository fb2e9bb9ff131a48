package com.wtigg.store.shipping.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.NotFoundException;
import com.wtigg.store.shipping.ShippingApi;
import com.wtigg.store.shipping.domain.Recipient;
import com.wtigg.store.shipping.domain.ShipmentSealing;
import com.wtigg.store.shipping.domain.Shipments;
import com.wtigg.store.shipping.domain.StoredShipment;

/**
 * Shipments in the back office, for fulfilment staff and admins: the list (no personal data) and
 * each parcel's printable label with its recipient, whose every view is written to the audit log.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'FULFILMENT')")
class LabelController {

	private static final int LISTED = 100;

	private static final String PURPOSE = "fulfilment";

	private final Shipments shipments;

	private final ShipmentSealing sealing;

	private final ShippingApi shipping;

	private final AuditLog audit;

	LabelController(Shipments shipments, ShipmentSealing sealing, ShippingApi shipping, AuditLog audit) {
		this.shipments = shipments;
		this.sealing = sealing;
		this.shipping = shipping;
		this.audit = audit;
	}

	@GetMapping("/admin/shipping")
	String list(Model model) {
		model.addAttribute("shipments", shipments.recent(LISTED));
		return "shipping/shipments";
	}

	@GetMapping("/admin/shipping/labels/{orderId}")
	String label(@PathVariable String orderId, Model model) {
		StoredShipment shipment = shipment(orderId);
		Optional<Recipient> recipient = sealing.recipient(shipment);
		audit.record(new AuditEntry(staff().actor(), "shipping.label.viewed", shipment.subject(), PURPOSE, "order " + shipment.orderId()));
		model.addAttribute("shipment", shipment);
		model.addAttribute("recipient", recipient.orElse(null));
		model.addAttribute("barcode", Barcodes.code128(shipment.trackingNumber()).orElse(null));
		model.addAttribute("trackingLink", shipping.shipment(shipment.orderId()).orElseThrow().trackingLink().toString());
		return "shipping/label";
	}

	@GetMapping("/admin/shipping/labels/{orderId}/carrier")
	ResponseEntity<byte[]> carrierLabel(@PathVariable String orderId) {
		StoredShipment shipment = shipment(orderId);
		byte[] label = sealing.label(shipment).orElseThrow(NotFoundException::new);
		audit.record(new AuditEntry(staff().actor(), "shipping.label.viewed", shipment.subject(), PURPOSE,
				"carrier label of order " + shipment.orderId()));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(shipment.labelType()))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("label-" + shipment.trackingNumber()).build().toString())
			.body(label);
	}

	private StoredShipment shipment(String orderId) {
		UUID id;
		try {
			id = UUID.fromString(orderId);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException();
		}
		if (!id.toString().equalsIgnoreCase(orderId)) {
			throw new NotFoundException();
		}
		return shipments.byOrder(id).orElseThrow(NotFoundException::new);
	}

	private static SignedIn staff() {
		return SignedIn.current().filter(SignedIn::staff).orElseThrow(NotFoundException::new);
	}
}
