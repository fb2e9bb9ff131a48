package com.wtigg.store.analytics;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.wtigg.store.consent.CookieChoice;
import com.wtigg.store.consent.CookieConsents;

/**
 * The visitor's cookie choice as the test states it in the {@code X-Test-Choice} header:
 * {@code analytics} allows analytics, {@code reject} refuses everything, no header means no choice.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestCookieChoices {

	public static final String HEADER = "X-Test-Choice";

	@Bean
	@Primary
	CookieConsents headerCookieConsents() {
		return new CookieConsents() {
			@Override
			public Optional<CookieChoice> cookieChoice(HttpServletRequest request) {
				String choice = request.getHeader(HEADER);
				if (choice == null) {
					return Optional.empty();
				}
				return Optional.of(new CookieChoice(choice.equals("analytics"), false, false, "2026-12-01", Instant.now()));
			}

			@Override
			public boolean saleShareOptedOut(HttpServletRequest request) {
				return false;
			}
		};
	}
}
