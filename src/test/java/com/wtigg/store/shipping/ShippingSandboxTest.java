package com.wtigg.store.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.StoreTest;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;

/**
 * The sandbox carrier of the default run: the rate table per zone, free US standard shipping above
 * $500, unique tracking numbers and one shipment per order.
 */
@StoreTest
class ShippingSandboxTest {

	@Autowired
	ShippingApi shipping;

	@Autowired
	JdbcClient jdbc;

	static ShipmentRequest request(UUID orderId, SubjectId subject, String option) {
		return new ShipmentRequest(orderId, subject, "WT-" + orderId.toString().substring(0, 8), option, "Mei Lin",
				"42 Austin Street", "Apt 2", "Forest Hills", "NY", "11375", "US", "+17185550142", 300, Money.ofDollars("120.00"));
	}

	@Test
	void theSandboxIsTheDefaultCarrier() {
		assertThat(shipping.carrier()).isEqualTo("sandbox-carrier");
	}

	@Test
	void usParcelsCostTheDomesticRatesCheapestFirst() {
		List<ShippingOption> options = shipping.options("US", Money.ofDollars("120.00"));
		assertThat(options).extracting(ShippingOption::code).containsExactly("standard", "express");
		assertThat(options).extracting(ShippingOption::price).containsExactly(Money.ofDollars("15"), Money.ofDollars("35"));
		assertThat(options.getFirst().minDays()).isEqualTo(3);
		assertThat(options.getFirst().maxDays()).isEqualTo(5);
		assertThat(options.getFirst().name().zh()).isEqualTo("标准");
	}

	@Test
	void usStandardShippingIsFreeAboveFiveHundredDollars() {
		assertThat(shipping.option("standard", "us", Money.ofDollars("500.01")).orElseThrow().price()).isEqualTo(Money.ZERO);
		assertThat(shipping.option("standard", "US", Money.ofDollars("500.00")).orElseThrow().price())
			.isEqualTo(Money.ofDollars("15"));
		assertThat(shipping.option("express", "US", Money.ofDollars("900")).orElseThrow().price()).isEqualTo(Money.ofDollars("35"));
		assertThat(shipping.option("standard", "CA", Money.ofDollars("900")).orElseThrow().price())
			.isEqualTo(Money.ofDollars("45"));
	}

	@Test
	void internationalParcelsCostTheInternationalRates() {
		List<ShippingOption> options = shipping.options("CN", Money.ofDollars("80"));
		assertThat(options).extracting(ShippingOption::price).containsExactly(Money.ofDollars("45"), Money.ofDollars("85"));
		assertThat(options).extracting(ShippingOption::maxDays).containsExactly(14, 5);
	}

	@Test
	void unknownOptionsAndCountriesOfferNothing() {
		assertThat(shipping.option("overnight", "US", Money.ZERO)).isEmpty();
		assertThat(shipping.options("U$", Money.ZERO)).isEmpty();
		assertThat(shipping.options("", Money.ZERO)).isEmpty();
		assertThatThrownBy(() -> shipping.ship(request(UUID.randomUUID(), SubjectId.random(), "overnight")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anIncompleteRequestIsRefusedAndNothingIsStored() {
		UUID order = UUID.randomUUID();
		SubjectId buyer = SubjectId.random();
		ShipmentRequest noStreet = new ShipmentRequest(order, buyer, "WT-1", "standard", "Mei Lin", " ", null, "Forest Hills", null,
				"11375", "US", null, 300, Money.ofDollars("10"));
		ShipmentRequest badCountry = new ShipmentRequest(order, buyer, "WT-1", "standard", "Mei Lin", "42 Austin Street", null,
				"Forest Hills", null, "11375", "USA", null, 300, Money.ofDollars("10"));
		ShipmentRequest weightless = new ShipmentRequest(order, buyer, "WT-1", "standard", "Mei Lin", "42 Austin Street", null,
				"Forest Hills", null, "11375", "US", null, 0, Money.ofDollars("10"));
		for (ShipmentRequest bad : List.of(noStreet, badCountry, weightless)) {
			assertThatThrownBy(() -> shipping.ship(bad)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageNotContaining("Mei Lin");
		}
		assertThat(shipping.shipment(order)).isEmpty();
	}

	@Test
	void shippingAnOrderTwiceGivesTheFirstShipment() {
		UUID order = UUID.randomUUID();
		SubjectId buyer = SubjectId.random();
		Shipment first = shipping.ship(request(order, buyer, "express"));
		Shipment second = shipping.ship(request(order, buyer, "standard"));
		assertThat(second).isEqualTo(first);
		assertThat(first.trackingNumber()).matches("WT1Z[0-9]{12}");
		assertThat(first.trackingLink()).hasToString("/shipping/track/" + first.trackingNumber());
		assertThat(first.labelPath()).isEqualTo("/admin/shipping/labels/" + order);
		assertThat(shipping.shipment(order)).contains(first);
		assertThat(jdbc.sql("select option_code from shipment where order_id = ?").param(order).query(String.class).list())
			.containsExactly("express");
	}

	@Test
	void concurrentShipsOfOneOrderMakeOneShipment() {
		UUID order = UUID.randomUUID();
		SubjectId buyer = SubjectId.random();
		List<CompletableFuture<Shipment>> calls = IntStream.range(0, 8)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> shipping.ship(request(order, buyer, "standard")))).toList();
		Set<Shipment> results = new HashSet<>(calls.stream().map(CompletableFuture::join).toList());
		assertThat(results).hasSize(1);
		assertThat(jdbc.sql("select count(*) from shipment where order_id = ?").param(order).query(Integer.class).single()).isOne();
	}

	@Test
	void trackingNumbersAreUnique() {
		SubjectId buyer = SubjectId.random();
		Set<String> numbers = new HashSet<>();
		for (int i = 0; i < 50; i++) {
			numbers.add(shipping.ship(request(UUID.randomUUID(), buyer, "standard")).trackingNumber());
		}
		assertThat(numbers).hasSize(50).allMatch(n -> n.matches("WT1Z[0-9]{12}"));
	}

	@Test
	void theRecipientIsStoredEncrypted() {
		UUID order = UUID.randomUUID();
		shipping.ship(request(order, SubjectId.random(), "standard"));
		byte[] sealed = jdbc.sql("select recipient_enc from shipment where order_id = ?").param(order).query(byte[].class).single();
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Mei Lin", "Austin Street");
	}
}
