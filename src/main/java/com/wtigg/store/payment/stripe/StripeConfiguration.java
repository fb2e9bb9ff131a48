package com.wtigg.store.payment.stripe;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.stripe.StripeClient;

/**
 * Stripe as the payment gateway ({@code store.payment.gateway=stripe}); the start is refused
 * without its keys.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "store.payment.gateway", havingValue = "stripe")
@EnableConfigurationProperties(StripeSettings.class)
class StripeConfiguration {

	@Bean
	StripeClient stripeClient(StripeSettings settings) {
		settings.requireKeys();
		StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(settings.secretKey())
			.setMaxNetworkRetries(2).setConnectTimeout(10_000).setReadTimeout(30_000);
		if (settings.apiBase() != null && !settings.apiBase().isBlank()) {
			builder.setApiBase(settings.apiBase());
		}
		return builder.build();
	}

	@Bean
	StripeGateway stripeGateway(StripeClient stripe, StripeSettings settings) {
		return new StripeGateway(stripe, settings);
	}
}
