package com.wtigg.store.shared;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock the store reads the time from, so tests can move it (token expiry, lockouts, ages).
 */
@Configuration(proxyBeanMethods = false)
class StoreClock {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemDefaultZone();
	}
}
