package com.wtigg.store.shipping.carrier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shipping.CarrierException;
import com.wtigg.store.shipping.CarrierGateway.CreatedShipment;
import com.wtigg.store.shipping.CarrierGateway.Rate;

/**
 * The UPS adapter against a local stub of UPS's OAuth, Rating and Shipping APIs, with answers
 * shaped as UPS documents them: the token is fetched once and reused, and every request carries
 * exactly the fields of UPS's register entry (never the email).
 */
@PolicyClause("SHR-PROCESSORS")
class UpsCarrierTest {

	static final String TOKEN = "/security/v1/oauth/token";

	static final String RATE = "/api/rating/v2409/Shop";

	static final String SHIP = "/api/shipments/v2409/ship";

	static final String LABEL = Base64.getEncoder().encodeToString("GIF89a label".getBytes(StandardCharsets.US_ASCII));

	CarrierStub stub;

	UpsCarrier ups;

	@BeforeEach
	void setUp() {
		stub = new CarrierStub();
		ups = new UpsCarrier(stub.credentials(), CarrierStub.shipper(), CarrierStub.register("ups", null), stub.clock);
		stubToken("token-1");
		stub.server.stubFor(post(urlPathEqualTo(RATE)).willReturn(okJson("""
				{"RateResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
				 "RatedShipment":[
				  {"Service":{"Code":"03","Description":""},"TotalCharges":{"CurrencyCode":"USD","MonetaryValue":"12.34"}},
				  {"Service":{"Code":"02","Description":""},"TotalCharges":{"CurrencyCode":"USD","MonetaryValue":"28.10"}},
				  {"Service":{"Code":"01","Description":""},"TotalCharges":{"CurrencyCode":"USD","MonetaryValue":"61.00"}}]}}
				""")));
		stub.server.stubFor(post(urlPathEqualTo(SHIP)).willReturn(okJson("""
				{"ShipmentResponse":{"Response":{"ResponseStatus":{"Code":"1","Description":"Success"}},
				 "ShipmentResults":{"ShipmentIdentificationNumber":"1Z2220060292353829",
				  "PackageResults":{"TrackingNumber":"1Z2220060292353829",
				   "ShippingLabel":{"ImageFormat":{"Code":"GIF","Description":"GIF"},"GraphicImage":"%s"}}}}}
				""".formatted(LABEL))));
	}

	private void stubToken(String token) {
		stub.server.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(okJson("""
				{"token_type":"Bearer","issued_at":"1764752400000","client_id":"client-7","access_token":"%s",
				 "expires_in":"14399","refresh_count":"0","status":"approved"}
				""".formatted(token))));
	}

	@AfterEach
	void tearDown() {
		stub.close();
	}

	@Test
	void theTokenIsAskedWithBasicAuthAndTheGrantTypeOnly() {
		ups.rates("US", 500);
		LoggedRequest token = stub.requests(TOKEN).getFirst();
		assertThat(CarrierStub.formFields(token)).isEqualTo(Map.of("grant_type", "client_credentials"));
		assertThat(token.getHeader("Authorization"))
			.isEqualTo("Basic " + Base64.getEncoder().encodeToString("client-7:secret-7".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void ratesAreMappedToTheStoresOptionsWithExactlyTheAllowedFields() {
		List<Rate> rates = ups.rates("US", 500);
		assertThat(rates).containsExactlyInAnyOrder(new Rate("standard", Money.ofDollars("12.34")),
				new Rate("express", Money.ofDollars("28.10")));
		LoggedRequest rate = stub.requests(RATE).getFirst();
		assertThat(rate.getHeader("Authorization")).isEqualTo("Bearer token-1");
		Map<String, String> fields = CarrierStub.jsonFields(rate);
		assertThat(fields.keySet()).isEqualTo(CarrierStub.sorted("RateRequest.Request.RequestOption",
				"RateRequest.Shipment.Shipper.Name", "RateRequest.Shipment.Shipper.ShipperNumber",
				"RateRequest.Shipment.Shipper.Address.AddressLine[]", "RateRequest.Shipment.Shipper.Address.City",
				"RateRequest.Shipment.Shipper.Address.StateProvinceCode", "RateRequest.Shipment.Shipper.Address.PostalCode",
				"RateRequest.Shipment.Shipper.Address.CountryCode", "RateRequest.Shipment.ShipTo.Address.CountryCode",
				"RateRequest.Shipment.Package.PackagingType.Code", "RateRequest.Shipment.Package.PackageWeight.UnitOfMeasurement.Code",
				"RateRequest.Shipment.Package.PackageWeight.Weight"));
		assertThat(fields).containsEntry("RateRequest.Shipment.Package.PackageWeight.Weight", "1.2")
			.containsEntry("RateRequest.Request.RequestOption", "Shop");
	}

	@Test
	void aShipmentSendsExactlyTheRecipientsNameAddressAndPhoneAndNeverTheEmail() {
		CreatedShipment created = ups.create(CarrierStub.request("US"), "express");
		assertThat(created.trackingNumber()).isEqualTo("1Z2220060292353829");
		assertThat(created.label()).isEqualTo("GIF89a label".getBytes(StandardCharsets.US_ASCII));
		assertThat(created.labelType()).isEqualTo("image/gif");
		LoggedRequest ship = stub.requests(SHIP).getFirst();
		Map<String, String> fields = CarrierStub.jsonFields(ship);
		String s = "ShipmentRequest.Shipment.";
		assertThat(fields.keySet()).isEqualTo(CarrierStub.sorted("ShipmentRequest.Request.RequestOption", s + "Description",
				s + "Shipper.Name", s + "Shipper.ShipperNumber", s + "Shipper.Phone.Number", s + "Shipper.Address.AddressLine[]",
				s + "Shipper.Address.City", s + "Shipper.Address.StateProvinceCode", s + "Shipper.Address.PostalCode",
				s + "Shipper.Address.CountryCode", s + "ShipTo.Name", s + "ShipTo.Phone.Number", s + "ShipTo.Address.AddressLine[]",
				s + "ShipTo.Address.City", s + "ShipTo.Address.StateProvinceCode", s + "ShipTo.Address.PostalCode",
				s + "ShipTo.Address.CountryCode", s + "PaymentInformation.ShipmentCharge.Type",
				s + "PaymentInformation.ShipmentCharge.BillShipper.AccountNumber", s + "Service.Code", s + "Package.Packaging.Code",
				s + "Package.PackageWeight.UnitOfMeasurement.Code", s + "Package.PackageWeight.Weight",
				s + "Package.PackageServiceOptions.DeclaredValue.CurrencyCode",
				s + "Package.PackageServiceOptions.DeclaredValue.MonetaryValue", "ShipmentRequest.LabelSpecification.LabelImageFormat.Code"));
		assertThat(fields).containsEntry(s + "ShipTo.Name", "Mei Lin")
			.containsEntry(s + "ShipTo.Address.AddressLine[]", "42 Austin Street|Apt 2")
			.containsEntry(s + "Service.Code", "02")
			.containsEntry(s + "Package.PackageServiceOptions.DeclaredValue.MonetaryValue", "120.00");
		assertThat(ship.getBodyAsString()).doesNotContainIgnoringCase("mail");
	}

	@Test
	void internationalParcelsUseTheWorldwideServices() {
		ups.create(CarrierStub.request("CA"), "standard");
		assertThat(CarrierStub.jsonFields(stub.requests(SHIP).getFirst())).containsEntry("ShipmentRequest.Shipment.Service.Code", "08");
	}

	@Test
	void theTokenIsReusedUntilItExpires() {
		ups.rates("US", 500);
		ups.create(CarrierStub.request("US"), "standard");
		ups.rates("CA", 500);
		assertThat(stub.requests(TOKEN)).hasSize(1);
		stub.clock.advance(Duration.ofSeconds(14399 - 30));
		ups.rates("US", 500);
		assertThat(stub.requests(TOKEN)).hasSize(2);
	}

	@Test
	void aRefusedTokenIsFetchedAgainOnce() {
		stub.server.stubFor(post(urlPathEqualTo(RATE)).inScenario("expired").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(401).withBody("{\"response\":{\"errors\":[{\"code\":\"250002\",\"message\":\"Invalid Authentication Information.\"}]}}"))
			.willSetStateTo("renewed"));
		assertThat(ups.rates("US", 500)).hasSize(2);
		assertThat(stub.requests(TOKEN)).hasSize(2);
		assertThat(stub.requests(RATE)).hasSize(2);
	}

	@Test
	void anErrorAnswerBecomesAClearFailureWithoutTheAnswersDetails() {
		stub.server.stubFor(post(urlPathEqualTo(SHIP)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
			.withBody("{\"response\":{\"errors\":[{\"code\":\"120802\",\"message\":\"Address for Mei Lin at 42 Austin Street is invalid\"}]}}")));
		assertThatThrownBy(() -> ups.create(CarrierStub.request("US"), "standard"))
			.isInstanceOf(CarrierException.class)
			.hasMessage("ups refused the ship request: HTTP 400")
			.hasNoCause();
	}

	@Test
	void aRefusedTokenRequestAndAnUnreachableCarrierFailClearly() {
		stub.server.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(aResponse().withStatus(401)));
		assertThatThrownBy(() -> ups.rates("US", 500)).isInstanceOf(CarrierException.class)
			.hasMessage("ups refused the token request: HTTP 401");
		stub.server.stop();
		assertThatThrownBy(() -> ups.rates("US", 500)).isInstanceOf(CarrierException.class)
			.hasMessage("ups could not be reached for the token request");
	}

	@Test
	void anAnswerWithoutATrackingNumberFails() {
		stub.server.stubFor(post(urlPathEqualTo(SHIP)).willReturn(okJson("{\"ShipmentResponse\":{\"ShipmentResults\":{}}}")));
		assertThatThrownBy(() -> ups.create(CarrierStub.request("US"), "standard")).isInstanceOf(CarrierException.class)
			.hasMessageContaining("without a package");
	}

	@Test
	void aFieldOutsideTheRegisterEntryIsNeverSent() {
		Set<String> withoutPhone = new java.util.TreeSet<>(CarrierFields.UPS);
		withoutPhone.remove("ship:ShipmentRequest.Shipment.ShipTo.Phone.Number");
		UpsCarrier strict = new UpsCarrier(stub.credentials(), CarrierStub.shipper(), CarrierStub.register("ups", withoutPhone),
				stub.clock);
		assertThatThrownBy(() -> strict.create(CarrierStub.request("US"), "standard")).isInstanceOf(CarrierException.class)
			.hasMessageContaining("ShipTo.Phone.Number");
		assertThat(stub.requests(SHIP)).isEmpty();
	}

	@Test
	void theTrackingLinkIsUpsPublicPage() {
		assertThat(ups.trackingLink("1Z2220060292353829"))
			.hasToString("https://www.ups.com/track?loc=en_US&tracknum=1Z2220060292353829");
	}
}
