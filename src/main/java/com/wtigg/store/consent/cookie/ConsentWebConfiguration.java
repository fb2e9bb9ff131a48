package com.wtigg.store.consent.cookie;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** Registers the GPC filter after Spring Security (it needs the signed-in subject) and before the page cache. */
@Configuration(proxyBeanMethods = false)
class ConsentWebConfiguration {

	@Bean
	FilterRegistrationBean<GpcFilter> gpcFilter(CookieChoiceService choices, LocaleResolver localeResolver) {
		FilterRegistrationBean<GpcFilter> registration = new FilterRegistrationBean<>(new GpcFilter(choices, localeResolver));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 5);
		return registration;
	}
}
