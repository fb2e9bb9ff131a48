package com.wtigg.store.payment.internal;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses a start with a {@code store.payment.gateway} that names no gateway (each gateway's own
 * configuration checks its keys).
 */
@Component
class GatewayChoice {

	static final Set<String> GATEWAYS = Set.of("sandbox", "stripe", "paypal");

	GatewayChoice(@Value("${store.payment.gateway:sandbox}") String gateway) {
		if (!GATEWAYS.contains(gateway)) {
			throw new PaymentSettingsException(gateway, java.util.List.of());
		}
	}
}
