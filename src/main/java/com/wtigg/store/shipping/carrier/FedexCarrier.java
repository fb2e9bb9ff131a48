package com.wtigg.store.shipping.carrier;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.wtigg.store.privacy.ProcessorRegister;
import com.wtigg.store.shipping.ShipmentRequest;

/**
 * FedEx through its REST APIs: OAuth client credentials (form), Rate Quotes for prices, Ship for
 * the label (a PDF) and tracking number. Sends the recipient's name, address and phone and the
 * parcel's facts, never the email.
 */
class FedexCarrier extends HttpCarrier {

	static final String ID = "fedex";

	/** The services of each option, the first one shipped with, the others recognised in quotes. */
	private static final Map<String, List<String>> DOMESTIC = Map.of("standard", List.of("FEDEX_GROUND"), "express",
			List.of("FEDEX_2_DAY"));

	private static final Map<String, List<String>> INTERNATIONAL = Map.of("standard",
			List.of("INTERNATIONAL_ECONOMY", "FEDEX_INTERNATIONAL_CONNECT_PLUS"), "express",
			List.of("FEDEX_INTERNATIONAL_PRIORITY", "INTERNATIONAL_PRIORITY"));

	private static final String PICKUP = "DROPOFF_AT_FEDEX_LOCATION";

	FedexCarrier(ShippingProperties.Credentials credentials, ShippingProperties.Shipper shipper, ProcessorRegister register,
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
		form.add("client_id", credentials.clientId());
		form.add("client_secret", credentials.clientSecret());
		JsonNode answer = postForm("/oauth/token", form, null);
		return new AccessTokens.Token(required(answer.path("access_token"), "an access token"), lifetime(answer.path("expires_in")));
	}

	@Override
	public List<Rate> rates(String country, int weightGrams) {
		ObjectNode body = json.createObjectNode();
		body.putObject("accountNumber").put("value", credentials.accountNumber());
		ObjectNode shipment = body.putObject("requestedShipment");
		ObjectNode from = shipment.putObject("shipper").putObject("address");
		from.put("postalCode", shipper.postalCode());
		from.put("countryCode", shipper.country());
		shipment.putObject("recipient").putObject("address").put("countryCode", country.toUpperCase(Locale.ROOT));
		shipment.put("pickupType", PICKUP);
		shipment.putArray("rateRequestType").add("ACCOUNT");
		weight(shipment.putArray("requestedPackageLineItems").addObject(), weightGrams);
		JsonNode answer = postJson("rate", "/rate/v1/rates/quotes", body);
		Map<String, List<String>> options = RateTable.domestic(country) ? DOMESTIC : INTERNATIONAL;
		List<Rate> rates = new ArrayList<>();
		for (JsonNode detail : answer.path("output").path("rateReplyDetails")) {
			String service = detail.path("serviceType").asString("");
			JsonNode charge = detail.path("ratedShipmentDetails").path(0).path("totalNetCharge");
			options.forEach((option, services) -> {
				if (services.contains(service) && rates.stream().noneMatch(r -> r.optionCode().equals(option))) {
					rates.add(new Rate(option, price(charge)));
				}
			});
		}
		return rates;
	}

	@Override
	public CreatedShipment create(ShipmentRequest request, String optionCode) {
		List<String> services = (RateTable.domestic(request.country()) ? DOMESTIC : INTERNATIONAL).get(optionCode);
		if (services == null) {
			throw new IllegalArgumentException("Unknown shipping option");
		}
		ObjectNode body = json.createObjectNode();
		body.put("labelResponseOptions", "LABEL");
		body.putObject("accountNumber").put("value", credentials.accountNumber());
		ObjectNode shipment = body.putObject("requestedShipment");
		ObjectNode from = shipment.putObject("shipper");
		ObjectNode fromContact = from.putObject("contact");
		fromContact.put("companyName", shipper.name());
		fromContact.put("phoneNumber", shipper.phone());
		address(from, shipper.street(), null, shipper.city(), shipper.region(), shipper.postalCode(), shipper.country());
		ObjectNode to = shipment.putArray("recipients").addObject();
		ObjectNode toContact = to.putObject("contact");
		toContact.put("personName", request.recipient());
		if (request.phone() != null && !request.phone().isBlank()) {
			toContact.put("phoneNumber", request.phone());
		}
		address(to, request.line1(), request.line2(), request.city(), request.region(), request.postalCode(), request.country());
		shipment.put("pickupType", PICKUP);
		shipment.put("serviceType", services.getFirst());
		shipment.put("packagingType", "YOUR_PACKAGING");
		shipment.putObject("shippingChargesPayment").put("paymentType", "SENDER");
		ObjectNode label = shipment.putObject("labelSpecification");
		label.put("imageType", "PDF");
		label.put("labelStockType", "PAPER_4X6");
		ObjectNode item = shipment.putArray("requestedPackageLineItems").addObject();
		weight(item, request.weightGrams());
		ObjectNode declared = item.putObject("declaredValue");
		declared.put("amount", request.declaredValue().dollars());
		declared.put("currency", "USD");
		JsonNode done = postJson("ship", "/ship/v1/shipments", body).path("output").path("transactionShipments").path(0);
		JsonNode piece = done.path("pieceResponses").path(0);
		String tracking = piece.path("trackingNumber").isMissingNode() ? required(done.path("masterTrackingNumber"), "a tracking number")
				: required(piece.path("trackingNumber"), "a tracking number");
		JsonNode document = piece.path("packageDocuments").path(0);
		return new CreatedShipment(tracking, decode(required(document.path("encodedLabel"), "a label")), "application/pdf");
	}

	@Override
	public URI trackingLink(String trackingNumber) {
		return link("https://www.fedex.com/fedextrack/?trknbr=", trackingNumber);
	}

	private static void address(ObjectNode party, String line1, String line2, String city, String region, String postalCode,
			String country) {
		ObjectNode address = party.putObject("address");
		ArrayNode lines = address.putArray("streetLines");
		lines.add(line1);
		if (line2 != null && !line2.isBlank()) {
			lines.add(line2);
		}
		address.put("city", city);
		if (region != null && !region.isBlank()) {
			address.put("stateOrProvinceCode", region);
		}
		address.put("postalCode", postalCode);
		address.put("countryCode", country.toUpperCase(Locale.ROOT));
	}

	private static void weight(ObjectNode item, int grams) {
		ObjectNode weight = item.putObject("weight");
		weight.put("units", "LB");
		weight.put("value", pounds(grams));
	}
}
