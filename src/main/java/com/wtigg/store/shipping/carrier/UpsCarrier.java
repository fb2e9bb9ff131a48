package com.wtigg.store.shipping.carrier;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.wtigg.store.privacy.ProcessorRegister;
import com.wtigg.store.shipping.CarrierException;
import com.wtigg.store.shipping.ShipmentRequest;

/**
 * UPS through its REST APIs: OAuth client credentials (Basic auth), Rating "Shop" for prices,
 * Shipping for the label and tracking number (a GIF label). Sends the recipient's name, address
 * and phone and the parcel's facts, never the email.
 */
class UpsCarrier extends HttpCarrier {

	static final String ID = "ups";

	private static final Map<String, String> DOMESTIC = Map.of("standard", "03", "express", "02");

	private static final Map<String, String> INTERNATIONAL = Map.of("standard", "08", "express", "07");

	UpsCarrier(ShippingProperties.Credentials credentials, ShippingProperties.Shipper shipper, ProcessorRegister register,
			Clock clock) {
		super(credentials, shipper, register, clock);
	}

	@Override
	public String name() {
		return ID;
	}

	@Override
	protected AccessTokens.Token fetchToken() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		String basic = Base64.getEncoder()
			.encodeToString((credentials.clientId() + ":" + credentials.clientSecret()).getBytes(StandardCharsets.UTF_8));
		JsonNode answer = postForm("/security/v1/oauth/token", form, basic);
		String token = required(answer.path("access_token"), "an access token");
		return new AccessTokens.Token(token, lifetime(answer.path("expires_in")));
	}

	@Override
	protected void addHeaders(HttpHeaders headers) {
		headers.add("transId", java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 32));
		headers.add("transactionSrc", "wtigg");
	}

	@Override
	public List<Rate> rates(String country, int weightGrams) {
		ObjectNode body = json.createObjectNode();
		ObjectNode rateRequest = body.putObject("RateRequest");
		rateRequest.putObject("Request").put("RequestOption", "Shop");
		ObjectNode shipment = rateRequest.putObject("Shipment");
		shipperOf(shipment, false);
		shipment.putObject("ShipTo").putObject("Address").put("CountryCode", country.toUpperCase(Locale.ROOT));
		ObjectNode parcel = shipment.putObject("Package");
		parcel.putObject("PackagingType").put("Code", "02");
		weight(parcel, weightGrams);
		JsonNode answer = postJson("rate", "/api/rating/v2409/Shop", body);
		Map<String, String> options = RateTable.domestic(country) ? DOMESTIC : INTERNATIONAL;
		List<Rate> rates = new ArrayList<>();
		for (JsonNode rated : listOf(answer.path("RateResponse").path("RatedShipment"))) {
			String service = rated.path("Service").path("Code").asString("");
			options.forEach((option, code) -> {
				if (code.equals(service)) {
					rates.add(new Rate(option, price(rated.path("TotalCharges").path("MonetaryValue"))));
				}
			});
		}
		return rates;
	}

	@Override
	public CreatedShipment create(ShipmentRequest request, String optionCode) {
		String service = (RateTable.domestic(request.country()) ? DOMESTIC : INTERNATIONAL).get(optionCode);
		if (service == null) {
			throw new IllegalArgumentException("Unknown shipping option");
		}
		ObjectNode body = json.createObjectNode();
		ObjectNode shipmentRequest = body.putObject("ShipmentRequest");
		shipmentRequest.putObject("Request").put("RequestOption", "nonvalidate");
		ObjectNode shipment = shipmentRequest.putObject("Shipment");
		shipment.put("Description", "Jewelry");
		shipperOf(shipment, true);
		ObjectNode shipTo = shipment.putObject("ShipTo");
		shipTo.put("Name", request.recipient());
		if (request.phone() != null && !request.phone().isBlank()) {
			shipTo.putObject("Phone").put("Number", request.phone());
		}
		address(shipTo, request.line1(), request.line2(), request.city(), request.region(), request.postalCode(), request.country());
		ObjectNode charge = shipment.putObject("PaymentInformation").putObject("ShipmentCharge");
		charge.put("Type", "01");
		charge.putObject("BillShipper").put("AccountNumber", credentials.accountNumber());
		shipment.putObject("Service").put("Code", service);
		ObjectNode parcel = shipment.putObject("Package");
		parcel.putObject("Packaging").put("Code", "02");
		weight(parcel, request.weightGrams());
		ObjectNode declared = parcel.putObject("PackageServiceOptions").putObject("DeclaredValue");
		declared.put("CurrencyCode", "USD");
		declared.put("MonetaryValue", request.declaredValue().dollars().toPlainString());
		shipmentRequest.putObject("LabelSpecification").putObject("LabelImageFormat").put("Code", "GIF");
		JsonNode results = postJson("ship", "/api/shipments/v2409/ship", body).path("ShipmentResponse").path("ShipmentResults");
		JsonNode first = listOf(results.path("PackageResults")).stream().findFirst()
			.orElseThrow(() -> new CarrierException("ups gave an answer without a package"));
		String tracking = required(first.path("TrackingNumber"), "a tracking number");
		byte[] label = decode(required(first.path("ShippingLabel").path("GraphicImage"), "a label"));
		String format = first.path("ShippingLabel").path("ImageFormat").path("Code").asString("GIF").toLowerCase(Locale.ROOT);
		return new CreatedShipment(tracking, label, "pdf".equals(format) ? "application/pdf" : "image/" + format);
	}

	@Override
	public URI trackingLink(String trackingNumber) {
		return link("https://www.ups.com/track?loc=en_US&tracknum=", trackingNumber);
	}

	private void shipperOf(ObjectNode shipment, boolean withPhone) {
		ObjectNode node = shipment.putObject("Shipper");
		node.put("Name", shipper.name());
		node.put("ShipperNumber", credentials.accountNumber());
		if (withPhone) {
			node.putObject("Phone").put("Number", shipper.phone());
		}
		address(node, shipper.street(), null, shipper.city(), shipper.region(), shipper.postalCode(), shipper.country());
	}

	private static void address(ObjectNode party, String line1, String line2, String city, String region, String postalCode,
			String country) {
		ObjectNode address = party.putObject("Address");
		var lines = address.putArray("AddressLine");
		lines.add(line1);
		if (line2 != null && !line2.isBlank()) {
			lines.add(line2);
		}
		address.put("City", city);
		if (region != null && !region.isBlank()) {
			address.put("StateProvinceCode", region);
		}
		address.put("PostalCode", postalCode);
		address.put("CountryCode", country.toUpperCase(Locale.ROOT));
	}

	private static void weight(ObjectNode parcel, int grams) {
		ObjectNode weight = parcel.putObject("PackageWeight");
		weight.putObject("UnitOfMeasurement").put("Code", "LBS");
		weight.put("Weight", pounds(grams).toPlainString());
	}

	/** UPS gives one element as an object and several as an array. */
	private static List<JsonNode> listOf(JsonNode node) {
		if (node.isArray()) {
			List<JsonNode> all = new ArrayList<>();
			node.forEach(all::add);
			return all;
		}
		return node.isObject() ? List.of(node) : List.of();
	}
}
