package com.wtigg.store.shipping.carrier;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The exact fields each real carrier may be sent, by request: {@code token:} the OAuth form,
 * {@code rate:} a rate quote, {@code ship:} a new shipment. A path names JSON members from the
 * body's root, {@code []} marking an array. These are the processor register's entries, and each
 * adapter refuses to send a payload with any other field.
 */
public final class CarrierFields {

	private static final List<String> UPS_ADDRESS = List.of("Address.AddressLine[]", "Address.City", "Address.StateProvinceCode",
			"Address.PostalCode", "Address.CountryCode");

	private static final List<String> FEDEX_ADDRESS = List.of("address.streetLines[]", "address.city",
			"address.stateOrProvinceCode", "address.postalCode", "address.countryCode");

	/** UPS: token, Rating (Shop) and Shipping requests. */
	public static final Set<String> UPS = join(
			Stream.of("token:grant_type"),
			prefixed("rate:RateRequest.", Stream.of("Request.RequestOption", "Shipment.Shipper.Name", "Shipment.Shipper.ShipperNumber",
					"Shipment.ShipTo.Address.CountryCode", "Shipment.Package.PackagingType.Code",
					"Shipment.Package.PackageWeight.UnitOfMeasurement.Code", "Shipment.Package.PackageWeight.Weight")),
			prefixed("rate:RateRequest.Shipment.Shipper.", UPS_ADDRESS.stream()),
			prefixed("ship:ShipmentRequest.", Stream.of("Request.RequestOption", "Shipment.Description", "Shipment.Shipper.Name",
					"Shipment.Shipper.ShipperNumber", "Shipment.Shipper.Phone.Number", "Shipment.ShipTo.Name",
					"Shipment.ShipTo.Phone.Number", "Shipment.PaymentInformation.ShipmentCharge.Type",
					"Shipment.PaymentInformation.ShipmentCharge.BillShipper.AccountNumber", "Shipment.Service.Code",
					"Shipment.Package.Packaging.Code", "Shipment.Package.PackageWeight.UnitOfMeasurement.Code",
					"Shipment.Package.PackageWeight.Weight", "Shipment.Package.PackageServiceOptions.DeclaredValue.CurrencyCode",
					"Shipment.Package.PackageServiceOptions.DeclaredValue.MonetaryValue", "LabelSpecification.LabelImageFormat.Code")),
			prefixed("ship:ShipmentRequest.Shipment.Shipper.", UPS_ADDRESS.stream()),
			prefixed("ship:ShipmentRequest.Shipment.ShipTo.", UPS_ADDRESS.stream()));

	/** FedEx: token, Rate Quotes and Ship API requests. */
	public static final Set<String> FEDEX = join(
			Stream.of("token:grant_type", "token:client_id", "token:client_secret"),
			prefixed("rate:", Stream.of("accountNumber.value", "requestedShipment.shipper.address.postalCode",
					"requestedShipment.shipper.address.countryCode", "requestedShipment.recipient.address.countryCode",
					"requestedShipment.pickupType", "requestedShipment.rateRequestType[]",
					"requestedShipment.requestedPackageLineItems[].weight.units",
					"requestedShipment.requestedPackageLineItems[].weight.value")),
			prefixed("ship:", Stream.of("labelResponseOptions", "accountNumber.value", "requestedShipment.shipper.contact.companyName",
					"requestedShipment.shipper.contact.phoneNumber", "requestedShipment.recipients[].contact.personName",
					"requestedShipment.recipients[].contact.phoneNumber", "requestedShipment.pickupType",
					"requestedShipment.serviceType", "requestedShipment.packagingType",
					"requestedShipment.shippingChargesPayment.paymentType", "requestedShipment.labelSpecification.imageType",
					"requestedShipment.labelSpecification.labelStockType",
					"requestedShipment.requestedPackageLineItems[].weight.units",
					"requestedShipment.requestedPackageLineItems[].weight.value",
					"requestedShipment.requestedPackageLineItems[].declaredValue.amount",
					"requestedShipment.requestedPackageLineItems[].declaredValue.currency")),
			prefixed("ship:requestedShipment.shipper.", FEDEX_ADDRESS.stream()),
			prefixed("ship:requestedShipment.recipients[].", FEDEX_ADDRESS.stream()));

	private CarrierFields() {
	}

	private static Stream<String> prefixed(String prefix, Stream<String> paths) {
		return paths.map(prefix::concat);
	}

	@SafeVarargs
	private static Set<String> join(Stream<String>... parts) {
		Set<String> all = new LinkedHashSet<>();
		Stream.of(parts).flatMap(s -> s).forEach(all::add);
		return java.util.Collections.unmodifiableSet(all);
	}
}
