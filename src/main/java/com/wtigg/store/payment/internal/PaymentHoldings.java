package com.wtigg.store.payment.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.ProcessorHoldings;
import com.wtigg.store.shared.SubjectId;

/** The payments a processor (Stripe, PayPal) holds for a subject, by the processor's own references. */
@Component
@Transactional(readOnly = true)
class PaymentHoldings implements ProcessorHoldings {

	private final JdbcClient jdbc;

	PaymentHoldings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Holding> heldBy(SubjectId subject) {
		Map<String, List<String>> byGateway = new TreeMap<>();
		jdbc.sql("select gateway, reference from payment where subject_id = ? and gateway <> 'sandbox' and reference is not null "
				+ "order by created_at")
			.param(subject.value())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> byGateway.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
		return byGateway.entrySet().stream().map(e -> new Holding(e.getKey(), List.copyOf(e.getValue()))).toList();
	}
}
