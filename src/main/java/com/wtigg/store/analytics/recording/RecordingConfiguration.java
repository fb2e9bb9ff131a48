package com.wtigg.store.analytics.recording;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the page-view counter after Spring Security (it needs the signed-in subject) and before the
 * rendered-page cache (so that pages served from the cache count too).
 */
@Configuration(proxyBeanMethods = false)
class RecordingConfiguration {

	@Bean
	FilterRegistrationBean<PageViewFilter> pageViewFilter(AnalyticsPermission permission, RecordedPaths paths,
			RequestFacts facts, EventWriter writer) {
		FilterRegistrationBean<PageViewFilter> registration = new FilterRegistrationBean<>(
				new PageViewFilter(permission, paths, facts, writer));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 5);
		return registration;
	}
}
