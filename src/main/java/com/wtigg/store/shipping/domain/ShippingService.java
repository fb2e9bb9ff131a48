package com.wtigg.store.shipping.domain;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.shared.LocalizedText;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shipping.CarrierException;
import com.wtigg.store.shipping.CarrierGateway;
import com.wtigg.store.shipping.CarrierGateway.CreatedShipment;
import com.wtigg.store.shipping.CarrierGateway.Rate;
import com.wtigg.store.shipping.Shipment;
import com.wtigg.store.shipping.ShipmentRequest;
import com.wtigg.store.shipping.ShippingApi;
import com.wtigg.store.shipping.ShippingOption;
import com.wtigg.store.shipping.carrier.RateTable;
import com.wtigg.store.shipping.carrier.ShippingProperties;

/**
 * Shipping through the configured carrier: its rates with the store's delivery times and free
 * standard shipping in the US above a subtotal, and one shipment per order.
 */
@Service
class ShippingService implements ShippingApi {

	private static final Logger log = LoggerFactory.getLogger(ShippingService.class);

	private static final int ATTEMPTS = 3;

	private final CarrierGateway carrier;

	private final RateTable table;

	private final ShippingProperties properties;

	private final Shipments shipments;

	private final ShipmentSealing sealing;

	private final Clock clock;

	ShippingService(CarrierGateway carrier, RateTable table, ShippingProperties properties, Shipments shipments,
			ShipmentSealing sealing, Clock clock) {
		this.carrier = carrier;
		this.table = table;
		this.properties = properties;
		this.shipments = shipments;
		this.sealing = sealing;
		this.clock = clock;
	}

	@Override
	public String carrier() {
		return carrier.name();
	}

	@Override
	public List<ShippingOption> options(String country, Money subtotal) {
		if (country == null || !country.matches("[A-Za-z]{2}")) {
			return List.of();
		}
		String code = country.toUpperCase(Locale.ROOT);
		return quotes(code).stream()
			.filter(rate -> RateTable.OPTIONS.contains(rate.optionCode()))
			.map(rate -> option(rate, code, subtotal))
			.sorted(Comparator.comparing(ShippingOption::price).thenComparingInt(ShippingOption::maxDays))
			.toList();
	}

	@Override
	public Optional<ShippingOption> option(String code, String country, Money subtotal) {
		return options(country, subtotal).stream().filter(o -> o.code().equals(code)).findFirst();
	}

	@Override
	@Transactional
	public Shipment ship(ShipmentRequest request) {
		if (!RateTable.OPTIONS.contains(request.optionCode())) {
			throw new IllegalArgumentException("Unknown shipping option");
		}
		shipments.lock(request.orderId());
		Optional<StoredShipment> existing = shipments.byOrder(request.orderId());
		if (existing.isPresent()) {
			return view(existing.get());
		}
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			CreatedShipment created = carrier.create(request, request.optionCode());
			StoredShipment stored = new StoredShipment(request.orderId(), request.subject(), request.orderNumber(), carrier.name(),
					created.trackingNumber(), request.optionCode(), sealing.sealRecipient(request.subject(), Recipient.of(request)),
					created.label() == null ? null : sealing.sealLabel(request.subject(), created.label()), created.labelType(),
					clock.instant());
			if (shipments.insert(stored)) {
				return view(stored);
			}
		}
		throw new CarrierException(carrier.name() + " gave tracking numbers that are taken already");
	}

	@Override
	public Optional<Shipment> shipment(UUID orderId) {
		return shipments.byOrder(orderId).map(this::view);
	}

	private List<Rate> quotes(String country) {
		try {
			return carrier.rates(country, properties.parcelWeightGrams());
		}
		catch (CarrierException e) {
			log.warn("Shipping rates from the store's table: {}", e.getMessage());
			return table.rates(country);
		}
	}

	private ShippingOption option(Rate rate, String country, Money subtotal) {
		int[] days = table.days(rate.optionCode(), country);
		Money price = "standard".equals(rate.optionCode()) && RateTable.domestic(country)
				&& subtotal.compareTo(Money.ofDollars(properties.freeStandardOver())) > 0 ? Money.ZERO : rate.price();
		return new ShippingOption(rate.optionCode(), name(rate.optionCode()), price, days[0], days[1]);
	}

	private static LocalizedText name(String option) {
		return "express".equals(option) ? new LocalizedText("Express", "特快") : new LocalizedText("Standard", "标准");
	}

	private Shipment view(StoredShipment s) {
		return new Shipment(s.orderId(), s.carrier(), s.trackingNumber(), carrier.trackingLink(s.trackingNumber()),
				"/admin/shipping/labels/" + s.orderId());
	}
}
