package com.wtigg.store.shipping;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.consent.ConsentApi;
import com.wtigg.store.consent.TransferConsent;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

/**
 * The store with UPS chosen, against a local stub of UPS: the label UPS returns is kept encrypted
 * and served on the label path; when UPS fails, checkout falls back to the store's own rates and
 * a shipment fails cleanly with nothing stored; a parcel to China waits for the buyer's consent.
 */
@SpringBootTest(properties = { "store.shipping.carrier=ups", "store.shipping.ups.client-id=client-7",
		"store.shipping.ups.client-secret=secret-7", "store.shipping.ups.account-number=A1B2C3" })
@AutoConfigureMockMvc
class ShippingWithUpsTest {

	static final WireMockServer UPS = new WireMockServer(options().dynamicPort());

	static final byte[] LABEL = "GIF89a the label".getBytes(StandardCharsets.US_ASCII);

	@DynamicPropertySource
	static void ups(DynamicPropertyRegistry registry) {
		if (!UPS.isRunning()) {
			UPS.start();
		}
		registry.add("store.shipping.ups.api-base", UPS::baseUrl);
	}

	@AfterAll
	static void stop() {
		UPS.stop();
	}

	@Autowired
	ShippingApi shipping;

	@Autowired
	ConsentApi consents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void stubs() {
		UPS.resetAll();
		UPS.stubFor(post(urlPathEqualTo("/security/v1/oauth/token")).willReturn(okJson(
				"{\"token_type\":\"Bearer\",\"access_token\":\"tok\",\"expires_in\":\"14399\",\"status\":\"approved\"}")));
		UPS.stubFor(post(urlPathEqualTo("/api/rating/v2409/Shop")).willReturn(okJson("""
				{"RateResponse":{"RatedShipment":[{"Service":{"Code":"03"},"TotalCharges":{"CurrencyCode":"USD","MonetaryValue":"13.20"}},
				 {"Service":{"Code":"02"},"TotalCharges":{"CurrencyCode":"USD","MonetaryValue":"29.90"}}]}}
				""")));
		UPS.stubFor(post(urlPathEqualTo("/api/shipments/v2409/ship")).willReturn(okJson("""
				{"ShipmentResponse":{"ShipmentResults":{"PackageResults":[{"TrackingNumber":"1Z%s",
				 "ShippingLabel":{"ImageFormat":{"Code":"GIF"},"GraphicImage":"%s"}}]}}}
				""".formatted(UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(),
				Base64.getEncoder().encodeToString(LABEL)))));
	}

	static ShipmentRequest request(SubjectId buyer, String country) {
		return new ShipmentRequest(UUID.randomUUID(), buyer, "WT-20077", "standard", "Mei Lin", "42 Austin Street", null,
				"Forest Hills", "NY", "11375", country, "+17185550142", 300, Money.ofDollars("650.00"));
	}

	@Test
	void upsRatesWithTheStoresFreeStandardShippingAndDeliveryTimes() {
		assertThat(shipping.carrier()).isEqualTo("ups");
		assertThat(shipping.options("US", Money.ofDollars("100"))).extracting(ShippingOption::price)
			.containsExactly(Money.ofDollars("13.20"), Money.ofDollars("29.90"));
		assertThat(shipping.option("standard", "US", Money.ofDollars("600")).orElseThrow().price()).isEqualTo(Money.ZERO);
	}

	@Test
	void upsQuotesAreReusedForACountryInsteadOfAskedOnEveryPage() {
		shipping.options("MX", Money.ofDollars("100"));
		shipping.option("express", "MX", Money.ofDollars("100"));
		shipping.options("mx", Money.ofDollars("300"));
		UPS.verify(1, postRequestedFor(urlPathEqualTo("/api/rating/v2409/Shop")));
	}

	@Test
	void whenUpsCannotQuoteCheckoutGetsTheStoresOwnRates() {
		UPS.stubFor(post(urlPathEqualTo("/api/rating/v2409/Shop")).willReturn(aResponse().withStatus(500).withBody("boom")));
		assertThat(shipping.options("CA", Money.ofDollars("100"))).extracting(ShippingOption::price)
			.containsExactly(Money.ofDollars("45"), Money.ofDollars("85"));
	}

	@Test
	void theUpsLabelIsKeptEncryptedAndServedOnTheLabelPathToFulfilmentStaff() throws Exception {
		Shipment shipment = shipping.ship(request(SubjectId.random(), "US"));
		assertThat(shipment.trackingNumber()).startsWith("1Z");
		assertThat(shipment.trackingLink().toString()).startsWith("https://www.ups.com/track");
		byte[] stored = jdbc.sql("select label_enc from shipment where order_id = ?").param(shipment.orderId())
			.query(byte[].class).single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GIF89a");

		var clerk = authentication(StaffFlows.staff(SubjectId.random(), Set.of(StaffRole.FULFILMENT)));
		MvcTestResult page = mvc.get().uri(shipment.labelPath()).with(clerk).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getContentAsString()).contains(shipment.labelPath() + "/carrier");
		MvcTestResult label = mvc.get().uri(shipment.labelPath() + "/carrier").with(clerk).exchange();
		assertThat(label).hasStatusOk().hasContentType("image/gif");
		assertThat(label.getResponse().getContentAsByteArray()).isEqualTo(LABEL);
		assertThat(label.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(mvc.get().uri(shipment.labelPath() + "/carrier")
			.with(authentication(StaffFlows.staff(SubjectId.random(), Set.of(StaffRole.SUPPORT_AGENT)))).exchange()).hasStatus(403);
	}

	@Test
	void aRefusedShipmentFailsCleanlyAndStoresNothing() {
		UPS.stubFor(post(urlPathEqualTo("/api/shipments/v2409/ship")).willReturn(aResponse().withStatus(400)
			.withBody("{\"response\":{\"errors\":[{\"message\":\"Mei Lin's address is invalid\"}]}}")));
		ShipmentRequest request = request(SubjectId.random(), "US");
		assertThatThrownBy(() -> shipping.ship(request)).isInstanceOf(CarrierException.class)
			.hasMessage("ups refused the ship request: HTTP 400");
		assertThat(shipping.shipment(request.orderId())).isEmpty();
	}

	@Test
	@PolicyClause("LOC-XBORDER")
	void aParcelToChinaIsSentToUpsOnlyWithTheBuyersTransferConsent() {
		SubjectId buyer = SubjectId.random();
		ShipmentRequest toChina = request(buyer, "CN");
		assertThatThrownBy(() -> shipping.ship(toChina)).isInstanceOf(TransferNotConsentedException.class)
			.hasMessageNotContaining("Mei Lin");
		UPS.verify(0, postRequestedFor(urlPathEqualTo("/api/shipments/v2409/ship")));
		assertThat(shipping.shipment(toChina.orderId())).isEmpty();

		consents.recordTransfer(new TransferConsent(buyer, Set.of("ups"), Set.of("delivery"), Set.of("CONTACT", "PURCHASES"),
				"2026-12-01", "checkout"));
		assertThat(shipping.ship(toChina).carrier()).isEqualTo("ups");
		UPS.verify(1, postRequestedFor(urlPathEqualTo("/api/shipments/v2409/ship")));
	}
}
