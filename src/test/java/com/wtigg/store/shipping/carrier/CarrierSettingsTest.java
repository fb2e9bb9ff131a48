package com.wtigg.store.shipping.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Choosing a carrier: the sandbox by default, a real carrier only with all of its credentials, and
 * a start refused with a message naming what to set.
 */
class CarrierSettingsTest {

	static final ShippingProperties.Credentials NONE = new ShippingProperties.Credentials(null, null, null,
			java.net.URI.create("https://onlinetools.ups.com"));

	static ShippingProperties properties(String carrier, ShippingProperties.Credentials ups) {
		return new ShippingProperties(carrier, new java.math.BigDecimal("500"), 500, java.time.Duration.ofMinutes(10), new ShippingProperties.Table(
				new java.math.BigDecimal("15"), new java.math.BigDecimal("35"), new java.math.BigDecimal("45"),
				new java.math.BigDecimal("85"), "3-5", "1-2", "7-14", "3-5"), CarrierStub.shipper(), ups, NONE);
	}

	private static com.wtigg.store.shipping.CarrierGateway make(ShippingProperties properties) {
		CarrierConfiguration configuration = new CarrierConfiguration();
		return configuration.carrierGateway(properties, configuration.rateTable(properties), CarrierStub.register("ups", null),
				Clock.systemUTC());
	}

	@Test
	void theSandboxNeedsNoCredentials() {
		assertThat(make(properties("sandbox", NONE)).name()).isEqualTo("sandbox-carrier");
	}

	@Test
	void aRealCarrierWithItsCredentialsIsMade() {
		var credentials = new ShippingProperties.Credentials("id", "secret", "A1", java.net.URI.create("https://onlinetools.ups.com"));
		assertThat(make(properties("UPS", credentials)).name()).isEqualTo("ups");
	}

	@Test
	void missingCredentialsStopTheStartNamingEachSetting() {
		var partial = new ShippingProperties.Credentials("id", " ", null, java.net.URI.create("https://onlinetools.ups.com"));
		assertThatThrownBy(() -> make(properties("ups", partial))).isInstanceOfSatisfying(CarrierSettingsException.class,
				e -> assertThat(e.missing()).containsExactly("store.shipping.ups.client-secret", "store.shipping.ups.account-number"));
		assertThatThrownBy(() -> make(properties("fedex", NONE))).isInstanceOfSatisfying(CarrierSettingsException.class,
				e -> assertThat(e.missing()).contains("store.shipping.fedex.client-id"));
	}

	@Test
	void theFailureAnalyzerExplainsWhatToSetWithoutSecrets() throws java.io.IOException {
		CarrierSettingsException cause = new CarrierSettingsException("The carrier ups is chosen (store.shipping.carrier) but its credentials are missing",
				java.util.List.of("store.shipping.ups.client-secret"));
		var registered = new java.util.ArrayList<String>();
		for (var url : java.util.Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
			var factories = PropertiesLoaderUtils.loadProperties(new org.springframework.core.io.UrlResource(url));
			registered.add(factories.getProperty(FailureAnalyzer.class.getName(), ""));
		}
		assertThat(registered).anyMatch(names -> names.contains(CarrierSettingsFailureAnalyzer.class.getName()));
		FailureAnalyzer analyzer = new CarrierSettingsFailureAnalyzer();
		FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("carrierGateway", "failed", cause));
		assertThat(analysis.getDescription()).contains("ups", "credentials are missing");
		assertThat(analysis.getAction()).contains("store.shipping.ups.client-secret (STORE_SHIPPING_UPS_CLIENT_SECRET)",
				"store.shipping.carrier=sandbox");
	}

	@Test
	void anUnknownCarrierIsRefused() {
		assertThatThrownBy(() -> make(properties("pigeon", NONE))).isInstanceOf(CarrierSettingsException.class)
			.hasMessageContaining("sandbox, ups or fedex");
	}
}
