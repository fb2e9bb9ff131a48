package com.wtigg.store.privacy.requests;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar and deadlines requests are answered by. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestSettings.class)
class RequestConfiguration {

	@Bean
	Deadlines deadlines(RequestSettings settings) {
		return new Deadlines(new BusinessCalendar(settings.chinaDaysOff(), settings.chinaWorkingWeekends()));
	}
}
