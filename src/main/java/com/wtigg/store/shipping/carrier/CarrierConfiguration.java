package com.wtigg.store.shipping.carrier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.wtigg.store.privacy.ProcessorRegister;
import com.wtigg.store.shipping.CarrierGateway;

/**
 * Makes the carrier named by {@code store.shipping.carrier}; a real carrier without all of its
 * credentials stops the start with a message naming what to set.
 */
@Configuration(proxyBeanMethods = false)
class CarrierConfiguration {

	@Bean
	RateTable rateTable(ShippingProperties properties) {
		return new RateTable(properties.rates());
	}

	@Bean
	CarrierGateway carrierGateway(ShippingProperties properties, RateTable table, ProcessorRegister register, Clock clock) {
		String carrier = properties.carrier().strip().toLowerCase(Locale.ROOT);
		return switch (carrier) {
			case "sandbox" -> new SandboxCarrier(table);
			case "ups" -> new UpsCarrier(requireCredentials(carrier, properties.ups()), properties.shipper(), register, clock);
			case "fedex" -> new FedexCarrier(requireCredentials(carrier, properties.fedex()), properties.shipper(), register, clock);
			default -> throw new CarrierSettingsException(
					"store.shipping.carrier names no carrier this store knows (sandbox, ups or fedex)", List.of());
		};
	}

	static ShippingProperties.Credentials requireCredentials(String carrier, ShippingProperties.Credentials credentials) {
		List<String> missing = new ArrayList<>();
		String prefix = "store.shipping." + carrier + ".";
		if (blank(credentials.clientId())) {
			missing.add(prefix + "client-id");
		}
		if (blank(credentials.clientSecret())) {
			missing.add(prefix + "client-secret");
		}
		if (blank(credentials.accountNumber())) {
			missing.add(prefix + "account-number");
		}
		if (credentials.apiBase() == null) {
			missing.add(prefix + "api-base");
		}
		if (!missing.isEmpty()) {
			throw new CarrierSettingsException("The carrier " + carrier + " is chosen (store.shipping.carrier) but its credentials are missing",
					missing);
		}
		return credentials;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
