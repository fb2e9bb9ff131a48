package com.wtigg.store.shared.web;

import gg.jte.ContentType;
import java.time.Duration;
import java.util.List;

import gg.jte.TemplateEngine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The store's pages: JTE templates, languages, asset addresses and protective response headers.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Static files and the webjars, addressed by content hash, cached by browsers for a year and
	 * held in memory after their first request.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		cachedByContentHash(registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/"));
		cachedByContentHash(registry.addResourceHandler("/**").addResourceLocations("classpath:/static/"));
	}

	private static void cachedByContentHash(ResourceHandlerRegistration files) {
		files.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.setUseLastModified(false)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
			.addTransformer(new InMemoryResources());
	}

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
	@ConditionalOnBooleanProperty(name = "store.web.page-cache.enabled", matchIfMissing = true)
	RenderedPageCache renderedPageCache(LocaleResolver localeResolver, List<CartBadge> cartBadges,
			@Value("${store.web.page-cache.capacity:5000}") int capacity, List<VisitorConsents> consents) {
		return new RenderedPageCache(List.of("/", "/c/*", "/p/*", "/search"), capacity, localeResolver, cartBadges,
				consents);
	}

	@Bean
	@ConditionalOnBean(RenderedPageCache.class)
	FilterRegistrationBean<RenderedPageCache> renderedPageCacheRegistration(RenderedPageCache cache) {
		FilterRegistrationBean<RenderedPageCache> registration = new FilterRegistrationBean<>(cache);
		// after Spring Security's filters: it needs the visitor's CSRF token and sign-in
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(
			@Value("${store.payment.gateway:sandbox}") String paymentGateway,
			@Value("${store.analytics.ga-measurement-id:}") String gaMeasurementId) {
		String policy = paymentGateway.equals("stripe") ? SecurityHeadersFilter.CONTENT_SECURITY_POLICY_WITH_STRIPE
				: SecurityHeadersFilter.CONTENT_SECURITY_POLICY;
		// analytics (issue 5): Google Analytics' hosts only when it is configured
		policy = gaMeasurementId.isBlank() ? policy : SecurityHeadersFilter.withGoogleAnalytics(policy);
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter(policy));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
