package com.wtigg.store.shipping.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.consent.ConsentApi;
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
import com.wtigg.store.shipping.TransferNotConsentedException;
import com.wtigg.store.shipping.carrier.RateTable;
import com.wtigg.store.shipping.carrier.SandboxCarrier;
import com.wtigg.store.shipping.carrier.ShippingProperties;

/**
 * Shipping through the configured carrier: its rates with the store's delivery times and free
 * standard shipping in the US above a subtotal, and one shipment per order.
 */
@Service
class ShippingService implements ShippingApi {

	private static final Logger log = LoggerFactory.getLogger(ShippingService.class);

	private static final int ATTEMPTS = 3;

	private static final String CHINA = "CN";

	private final CarrierGateway carrier;

	private final RateTable table;

	private final ShippingProperties properties;

	private final Shipments shipments;

	private final ShipmentSealing sealing;

	private final ConsentApi consents;

	private final Map<String, Quote> quotes = new ConcurrentHashMap<>();

	private final Clock clock;

	ShippingService(CarrierGateway carrier, RateTable table, ShippingProperties properties, Shipments shipments,
			ShipmentSealing sealing, ConsentApi consents, Clock clock) {
		this.consents = consents;
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
		requireComplete(request);
		shipments.lock(request.orderId());
		Optional<StoredShipment> existing = shipments.byOrder(request.orderId());
		if (existing.isPresent()) {
			return view(existing.get());
		}
		requireTransferConsent(request);
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

	/** Refuses an incomplete request before anything is sent; the message names the missing part, never a value. */
	private static void requireComplete(ShipmentRequest request) {
		if (!RateTable.OPTIONS.contains(request.optionCode())) {
			throw new IllegalArgumentException("Unknown shipping option");
		}
		if (request.orderId() == null || request.subject() == null || blank(request.orderNumber())) {
			throw new IllegalArgumentException("A shipment names its order, buyer and order number");
		}
		if (blank(request.recipient()) || blank(request.line1()) || blank(request.city()) || blank(request.postalCode())
				|| request.country() == null || !request.country().matches("[A-Za-z]{2}")) {
			throw new IllegalArgumentException("A shipment names its recipient, street, city, postal code and country");
		}
		if (request.weightGrams() <= 0 || request.declaredValue() == null) {
			throw new IllegalArgumentException("A shipment has a weight and a declared value");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** A parcel to China goes to a carrier abroad only with the buyer's separate consent; the sandbox sends nothing out. */
	private void requireTransferConsent(ShipmentRequest request) {
		if (!SandboxCarrier.ID.equals(carrier.name()) && CHINA.equalsIgnoreCase(request.country())
				&& !consents.transferConsented(request.subject(), Set.of(carrier.name()))) {
			throw new TransferNotConsentedException(carrier.name());
		}
	}

	private List<Rate> quotes(String country) {
		if (SandboxCarrier.ID.equals(carrier.name())) {
			return carrier.rates(country, properties.parcelWeightGrams());
		}
		Quote cached = quotes.get(country);
		if (cached != null && clock.instant().isBefore(cached.until())) {
			return cached.rates();
		}
		try {
			List<Rate> rates = carrier.rates(country, properties.parcelWeightGrams());
			quotes.put(country, new Quote(rates, clock.instant().plus(properties.rateCacheTime())));
			return rates;
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

	/** A carrier's rates for a country, reused until a time. */
	private record Quote(List<Rate> rates, Instant until) {
	}

	private static LocalizedText name(String option) {
		return "express".equals(option) ? new LocalizedText("Express", "特快") : new LocalizedText("Standard", "标准");
	}

	private Shipment view(StoredShipment s) {
		return new Shipment(s.orderId(), s.carrier(), s.trackingNumber(), carrier.trackingLink(s.trackingNumber()),
				"/admin/shipping/labels/" + s.orderId());
	}
}
