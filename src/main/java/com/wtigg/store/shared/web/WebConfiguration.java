package com.wtigg.store.shared.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The store's pages: JTE templates, languages, asset addresses and protective response headers.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	TemplateEngine templateEngine() {
		TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
		engine.setBinaryStaticContent(true);
		return engine;
	}

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templateEngine) {
		return new JteViewResolver(templateEngine);
	}

	@Bean
	LocaleResolver localeResolver() {
		return new StoreLocaleResolver();
	}

	@Bean
	Assets assets(ResourceUrlProvider mvcResourceUrlProvider) {
		return new Assets(mvcResourceUrlProvider);
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
