package com.wtigg.store.shipping.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.ProcessorHoldings;
import com.wtigg.store.shared.SubjectId;

/** The shipments a carrier (UPS, FedEx) holds for a subject, by their tracking numbers. */
@Component
@Transactional(readOnly = true)
class ShipmentHoldings implements ProcessorHoldings {

	private final JdbcClient jdbc;

	ShipmentHoldings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Holding> heldBy(SubjectId subject) {
		Map<String, List<String>> byCarrier = new TreeMap<>();
		jdbc.sql("select carrier, tracking_number from shipment where subject_id = ? and carrier not like 'sandbox%' order by created_at")
			.param(subject.value())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> byCarrier.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return byCarrier.entrySet().stream().map(e -> new Holding(e.getKey(), List.copyOf(e.getValue()))).toList();
	}
}
