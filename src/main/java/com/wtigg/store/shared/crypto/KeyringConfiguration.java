package com.wtigg.store.shared.crypto;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KeyringConfiguration {

	@Bean
	Keyring keyring(KeyringProperties properties) {
		return Keyring.open(properties);
	}
}
