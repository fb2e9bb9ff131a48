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
import java.util.Map;

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
 * The FedEx adapter against a local stub of FedEx's OAuth, Rate Quotes and Ship APIs, with
 * answers shaped as FedEx documents them: the token is fetched once and reused, and every request
 * carries exactly the fields of FedEx's register entry (never the email).
 */
@PolicyClause("SHR-PROCESSORS")
class FedexCarrierTest {

	static final String TOKEN = "/oauth/token";

	static final String RATE = "/rate/v1/rates/quotes";

	static final String SHIP = "/ship/v1/shipments";

	static final String LABEL = Base64.getEncoder().encodeToString("%PDF-1.4 label".getBytes(StandardCharsets.US_ASCII));

	CarrierStub stub;

	FedexCarrier fedex;

	@BeforeEach
	void setUp() {
		stub = new CarrierStub();
		fedex = new FedexCarrier(stub.credentials(), CarrierStub.shipper(), CarrierStub.register("fedex", null), stub.clock);
		stub.server.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(okJson("""
				{"access_token":"fedex-token-1","token_type":"bearer","expires_in":3599,"scope":"CXS-TP"}
				""")));
		stub.server.stubFor(post(urlPathEqualTo(RATE)).willReturn(okJson("""
				{"transactionId":"a1","output":{"rateReplyDetails":[
				  {"serviceType":"FEDEX_GROUND","serviceName":"FedEx Ground","packagingType":"YOUR_PACKAGING",
				   "ratedShipmentDetails":[{"rateType":"ACCOUNT","totalNetCharge":11.05,"currency":"USD"}]},
				  {"serviceType":"FEDEX_2_DAY","serviceName":"FedEx 2Day",
				   "ratedShipmentDetails":[{"rateType":"ACCOUNT","totalNetCharge":27.5,"currency":"USD"}]},
				  {"serviceType":"PRIORITY_OVERNIGHT","ratedShipmentDetails":[{"rateType":"ACCOUNT","totalNetCharge":70.0}]}]}}
				""")));
		stub.server.stubFor(post(urlPathEqualTo(SHIP)).willReturn(okJson("""
				{"transactionId":"b2","output":{"transactionShipments":[{"masterTrackingNumber":"794953535000",
				  "serviceType":"FEDEX_2_DAY","shipDatestamp":"2026-12-03","serviceName":"FedEx 2Day",
				  "pieceResponses":[{"masterTrackingNumber":"794953535000","trackingNumber":"794953535000",
				    "packageDocuments":[{"contentType":"LABEL","copiesToPrint":1,"encodedLabel":"%s","docType":"PDF"}]}]}]}}
				""".formatted(LABEL))));
	}

	@AfterEach
	void tearDown() {
		stub.close();
	}

	@Test
	void theTokenIsAskedWithExactlyTheClientCredentialsForm() {
		fedex.rates("US", 500);
		LoggedRequest token = stub.requests(TOKEN).getFirst();
		assertThat(CarrierStub.formFields(token)).isEqualTo(
				Map.of("grant_type", "client_credentials", "client_id", "client-7", "client_secret", "secret-7"));
		assertThat(token.getHeader("Authorization")).isNull();
	}

	@Test
	void ratesAreMappedToTheStoresOptionsWithExactlyTheAllowedFields() {
		assertThat(fedex.rates("US", 500)).containsExactlyInAnyOrder(new Rate("standard", Money.ofDollars("11.05")),
				new Rate("express", Money.ofDollars("27.50")));
		LoggedRequest rate = stub.requests(RATE).getFirst();
		assertThat(rate.getHeader("Authorization")).isEqualTo("Bearer fedex-token-1");
		Map<String, String> fields = CarrierStub.jsonFields(rate);
		String r = "requestedShipment.";
		assertThat(fields.keySet()).isEqualTo(CarrierStub.sorted("accountNumber.value", r + "shipper.address.postalCode",
				r + "shipper.address.countryCode", r + "recipient.address.countryCode", r + "pickupType", r + "rateRequestType[]",
				r + "requestedPackageLineItems[].weight.units", r + "requestedPackageLineItems[].weight.value"));
		assertThat(fields).containsEntry("accountNumber.value", "A1B2C3").containsEntry(r + "recipient.address.countryCode", "US");
	}

	@Test
	void aShipmentSendsExactlyTheRecipientsNameAddressAndPhoneAndNeverTheEmail() {
		CreatedShipment created = fedex.create(CarrierStub.request("US"), "express");
		assertThat(created.trackingNumber()).isEqualTo("794953535000");
		assertThat(created.label()).isEqualTo("%PDF-1.4 label".getBytes(StandardCharsets.US_ASCII));
		assertThat(created.labelType()).isEqualTo("application/pdf");
		LoggedRequest ship = stub.requests(SHIP).getFirst();
		Map<String, String> fields = CarrierStub.jsonFields(ship);
		String r = "requestedShipment.";
		String to = r + "recipients[].";
		assertThat(fields.keySet()).isEqualTo(CarrierStub.sorted("labelResponseOptions", "accountNumber.value",
				r + "shipper.contact.companyName", r + "shipper.contact.phoneNumber", r + "shipper.address.streetLines[]",
				r + "shipper.address.city", r + "shipper.address.stateOrProvinceCode", r + "shipper.address.postalCode",
				r + "shipper.address.countryCode", to + "contact.personName", to + "contact.phoneNumber", to + "address.streetLines[]",
				to + "address.city", to + "address.stateOrProvinceCode", to + "address.postalCode", to + "address.countryCode",
				r + "pickupType", r + "serviceType", r + "packagingType", r + "shippingChargesPayment.paymentType",
				r + "labelSpecification.imageType", r + "labelSpecification.labelStockType",
				r + "requestedPackageLineItems[].weight.units", r + "requestedPackageLineItems[].weight.value",
				r + "requestedPackageLineItems[].declaredValue.amount", r + "requestedPackageLineItems[].declaredValue.currency"));
		assertThat(fields).containsEntry(to + "contact.personName", "Mei Lin")
			.containsEntry(to + "address.streetLines[]", "42 Austin Street|Apt 2")
			.containsEntry(r + "serviceType", "FEDEX_2_DAY");
		assertThat(ship.getBodyAsString()).doesNotContainIgnoringCase("mail");
	}

	@Test
	void aRecipientWithoutPhoneOrSecondLineSendsFewerFieldsNotEmptyOnes() {
		var bare = new com.wtigg.store.shipping.ShipmentRequest(java.util.UUID.randomUUID(), com.wtigg.store.shared.SubjectId.random(),
				"WT-1", "standard", "Li Wei", "8 Nanjing Road", null, "Shanghai", null, "200001", "CN", null, 200, Money.ofDollars("80"));
		fedex.create(bare, "standard");
		Map<String, String> fields = CarrierStub.jsonFields(stub.requests(SHIP).getFirst());
		assertThat(fields).doesNotContainKeys("requestedShipment.recipients[].contact.phoneNumber",
				"requestedShipment.recipients[].address.stateOrProvinceCode")
			.containsEntry("requestedShipment.serviceType", "INTERNATIONAL_ECONOMY")
			.containsEntry("requestedShipment.recipients[].address.streetLines[]", "8 Nanjing Road");
	}

	@Test
	void theTokenIsReusedUntilItExpires() {
		fedex.rates("US", 500);
		fedex.create(CarrierStub.request("US"), "standard");
		assertThat(stub.requests(TOKEN)).hasSize(1);
		stub.clock.advance(Duration.ofSeconds(3599));
		fedex.rates("US", 500);
		assertThat(stub.requests(TOKEN)).hasSize(2);
	}

	@Test
	void aRefusedTokenIsFetchedAgainOnce() {
		stub.server.stubFor(post(urlPathEqualTo(SHIP)).inScenario("expired").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(401).withBody("{\"errors\":[{\"code\":\"NOT.AUTHORIZED.ERROR\"}]}"))
			.willSetStateTo("renewed"));
		assertThat(fedex.create(CarrierStub.request("US"), "standard").trackingNumber()).isEqualTo("794953535000");
		assertThat(stub.requests(TOKEN)).hasSize(2);
	}

	@Test
	void anErrorAnswerBecomesAClearFailureWithoutTheAnswersDetails() {
		stub.server.stubFor(post(urlPathEqualTo(SHIP)).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
			.withBody("{\"transactionId\":\"c3\",\"errors\":[{\"code\":\"RECIPIENTS.ADDRESS.INVALID\",\"message\":\"Mei Lin, 42 Austin Street\"}]}")));
		assertThatThrownBy(() -> fedex.create(CarrierStub.request("US"), "standard"))
			.isInstanceOf(CarrierException.class)
			.hasMessage("fedex refused the ship request: HTTP 422");
		stub.server.stubFor(post(urlPathEqualTo(RATE)).willReturn(aResponse().withStatus(503)));
		assertThatThrownBy(() -> fedex.rates("US", 500)).hasMessage("fedex refused the rate request: HTTP 503");
	}

	@Test
	void anUnreadableAnswerFailsClearly() {
		stub.server.stubFor(post(urlPathEqualTo(SHIP)).willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));
		assertThatThrownBy(() -> fedex.create(CarrierStub.request("US"), "standard")).isInstanceOf(CarrierException.class)
			.hasMessage("fedex gave an unreadable answer to the ship request");
	}

	@Test
	void theTrackingLinkIsFedexPublicPage() {
		assertThat(fedex.trackingLink("794953535000")).hasToString("https://www.fedex.com/fedextrack/?trknbr=794953535000");
	}
}
