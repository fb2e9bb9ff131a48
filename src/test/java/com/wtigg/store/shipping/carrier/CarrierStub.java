package com.wtigg.store.shipping.carrier;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.wtigg.store.privacy.Processor;
import com.wtigg.store.privacy.ProcessorRegister;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shipping.ShipmentRequest;

/**
 * A local stand-in for a carrier's API (WireMock), and readers of what the adapter sent it: the
 * exact field paths of each JSON body and form, computed here independently of the adapter.
 */
final class CarrierStub implements AutoCloseable {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final WireMockServer server = new WireMockServer(options().dynamicPort());

	final MovableClock clock = new MovableClock();

	CarrierStub() {
		server.start();
	}

	ShippingProperties.Credentials credentials() {
		return new ShippingProperties.Credentials("client-7", "secret-7", "A1B2C3", URI.create(server.baseUrl()));
	}

	static ShippingProperties.Shipper shipper() {
		return new ShippingProperties.Shipper("WTIGG", "+17185550188", "188th Street", "Flushing", "NY", "11355", "US");
	}

	/** The register as the shipping module declares it, or with one carrier's fields replaced. */
	static ProcessorRegister register(String id, Set<String> fields) {
		List<Processor> entries = new ShippingProcessors().processors().stream()
			.map(p -> p.id().equals(id) && fields != null ? new Processor(p.id(), p.name(), p.role(), p.categories(), fields,
					p.purpose(), p.country(), p.transferMechanisms()) : p)
			.toList();
		return new ProcessorRegister() {
			@Override
			public List<Processor> processors() {
				return entries;
			}

			@Override
			public Optional<Processor> processor(String processorId) {
				return entries.stream().filter(p -> p.id().equals(processorId)).findFirst();
			}
		};
	}

	static ShipmentRequest request(String country) {
		return new ShipmentRequest(java.util.UUID.randomUUID(), SubjectId.random(), "WT-10042", "express", "Mei Lin",
				"42 Austin Street", "Apt 2", "Forest Hills", "NY", "11375", country, "+17185550142", 300, Money.ofDollars("120.00"));
	}

	List<LoggedRequest> requests(String path) {
		return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
				com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(path)));
	}

	/** Every leaf of a JSON body by its path, {@code []} marking arrays, with its value. */
	static Map<String, String> jsonFields(LoggedRequest request) {
		Map<String, String> fields = new TreeMap<>();
		collect(JSON.readTree(request.getBodyAsString()), "", fields);
		return fields;
	}

	private static void collect(JsonNode node, String path, Map<String, String> fields) {
		if (node.isObject()) {
			node.properties().forEach(e -> collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), fields));
		}
		else if (node.isArray()) {
			node.forEach(element -> collect(element, path + "[]", fields));
		}
		else {
			fields.merge(path, node.asString(), (a, b) -> a + "|" + b);
		}
	}

	/** The names and values of a form body. */
	static Map<String, String> formFields(LoggedRequest request) {
		Map<String, String> fields = new TreeMap<>();
		for (String pair : request.getBodyAsString().split("&")) {
			String[] parts = pair.split("=", 2);
			fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
		}
		return fields;
	}

	static Set<String> sorted(String... values) {
		return new TreeSet<>(List.of(values));
	}

	@Override
	public void close() {
		server.stop();
	}

	/** A clock the test moves forward. */
	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-12-03T09:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
