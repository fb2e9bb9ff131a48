package com.wtigg.store.analytics;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test of analytics in the whole store, through MockMvc, with a Google Analytics measurement id
 * configured and the visitor's cookie choice given by a request header ({@link TestCookieChoices}).
 * All such tests share one application context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(properties = "store.analytics.ga-measurement-id=" + AnalyticsTest.MEASUREMENT_ID)
@AutoConfigureMockMvc
@Import(TestCookieChoices.class)
public @interface AnalyticsTest {

	String MEASUREMENT_ID = "G-TEST12345";
}
