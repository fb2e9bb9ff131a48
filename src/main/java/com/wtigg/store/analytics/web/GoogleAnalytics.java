package com.wtigg.store.analytics.web;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Google Analytics measurement id ({@code store.analytics.ga-measurement-id}, such as
 * {@code G-ABC123XYZ}); without one the tag is never loaded (CKE-GA). A malformed id stops the start.
 */
@Component
class GoogleAnalytics {

	static final Pattern MEASUREMENT_ID = Pattern.compile("G-[A-Z0-9]{4,20}");

	/** The address the tag's library loads from; no integrity hash is possible, Google changes it. */
	static final String LIBRARY = "https://www.googletagmanager.com/gtag/js";

	private final String measurementId;

	GoogleAnalytics(@Value("${store.analytics.ga-measurement-id:}") String measurementId) {
		String id = measurementId.strip();
		if (!id.isEmpty() && !MEASUREMENT_ID.matcher(id).matches()) {
			throw new IllegalStateException("store.analytics.ga-measurement-id must look like G-ABC123XYZ");
		}
		this.measurementId = id;
	}

	Optional<String> measurementId() {
		return measurementId.isEmpty() ? Optional.empty() : Optional.of(measurementId);
	}
}
