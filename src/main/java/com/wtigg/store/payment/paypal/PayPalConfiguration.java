package com.wtigg.store.payment.paypal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * PayPal as the payment gateway ({@code store.payment.gateway=paypal}); the start is refused
 * without its credentials.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "store.payment.gateway", havingValue = "paypal")
@EnableConfigurationProperties(PayPalSettings.class)
class PayPalConfiguration {

	@Bean
	PayPalGateway payPalGateway(PayPalSettings settings, ObjectProvider<RestClient.Builder> builders, Clock clock) {
		settings.requireKeys();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
		requests.setReadTimeout(Duration.ofSeconds(30));
		RestClient.Builder http = builders.getIfAvailable(RestClient::builder).requestFactory(requests);
		JsonMapper json = JsonMapper.builder().build();
		PayPalClient client = new PayPalClient(http.clone(), settings, json, clock);
		PayPalEvents events = new PayPalEvents(new PayPalSignatures(settings, http.clone(), clock), json);
		return new PayPalGateway(client, settings, events);
	}
}
