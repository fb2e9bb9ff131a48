package com.wtigg.store.support.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Puts the {@link UploadGuard} before Spring Security's filters.
 */
@Configuration(proxyBeanMethods = false)
class UploadGuardConfiguration {

	@Bean
	FilterRegistrationBean<UploadGuard> supportUploadGuard(
			@Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxRequestSize) {
		FilterRegistrationBean<UploadGuard> registration = new FilterRegistrationBean<>(new UploadGuard(maxRequestSize));
		registration.setOrder(-200);
		registration.addUrlPatterns("/support", "/support/*", "/account/support/*");
		return registration;
	}
}
