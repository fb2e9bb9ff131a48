package com.wtigg.store.analytics;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test of analytics in the whole store, through MockMvc (and, for browser tests, the real server
 * on a free port), with a Google Analytics measurement id configured. Visitors' cookie choices are real signed consent cookies
 * ({@link com.wtigg.store.consent.cookie.ConsentCookieFixture}), read by the real consent module.
 * All such tests share one application context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "store.analytics.ga-measurement-id=" + AnalyticsTest.MEASUREMENT_ID)
@AutoConfigureMockMvc
public @interface AnalyticsTest {

	String MEASUREMENT_ID = "G-TEST12345";
}
