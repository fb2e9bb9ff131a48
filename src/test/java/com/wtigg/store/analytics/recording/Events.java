package com.wtigg.store.analytics.recording;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads recorded usage events back in tests, waiting for the background writer where needed. */
final class Events {

	private final JdbcClient jdbc;

	Events(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Map<String, Object>> where(String condition, Object... params) {
		return jdbc.sql("select *, host(ip_prefix) as ip from analytics_event where " + condition).params(params)
			.query().listOfRows();
	}

	/** The events matching the condition once at least {@code count} of them are written. */
	List<Map<String, Object>> await(int count, String condition, Object... params) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> where(condition, params).size() >= count);
		return where(condition, params);
	}

	/** A fresh search query that marks a request's page view. */
	static String marker() {
		return "marker " + UUID.randomUUID();
	}
}
