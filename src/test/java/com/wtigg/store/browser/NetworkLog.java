package com.wtigg.store.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.jspecify.annotations.Nullable;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What left a Chromium browser, read from its own network log (the Chrome performance log, that
 * is the DevTools protocol's {@code Network} events): each request with its method, address,
 * resource type and headers, and the status of its response once one arrived.
 */
public final class NetworkLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ChromeDriver browser;

	private final Map<String, Exchange> seen = new LinkedHashMap<>();

	private final Map<String, Map<String, String>> extra = new LinkedHashMap<>();

	/** One request the browser sent, and the status of its answer (null while none arrived). */
	public record Exchange(String method, String url, String type, Map<String, String> headers, @Nullable Integer status) {

		/** Whether the request went to this path of the store (or any address containing it). */
		public boolean to(String part) {
			return url.contains(part);
		}

		Exchange answered(int code) {
			return new Exchange(method, url, type, headers, code);
		}
	}

	private NetworkLog(ChromeDriver browser) {
		this.browser = browser;
	}

	/** Options that make the browser keep its network log; pass to {@link Browser#start(java.util.function.Consumer)}. */
	public static void enable(ChromeOptions options) {
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
	}

	/** A reader of this browser's log, started with the browser. */
	public static NetworkLog of(ChromeDriver browser) {
		return new NetworkLog(browser);
	}

	/** Every request since the previous call (and the answers that arrived for earlier ones meanwhile). */
	public List<Exchange> drain() {
		List<String> fresh = new ArrayList<>();
		for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = JSON.readTree(entry.getMessage()).get("message");
			JsonNode params = message.get("params");
			switch (message.get("method").asString()) {
				case "Network.requestWillBeSent" -> {
					String id = params.get("requestId").asString();
					JsonNode request = params.get("request");
					Map<String, String> headers = new LinkedHashMap<>();
					request.get("headers").properties().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue().asString()));
					headers.putAll(extra.getOrDefault(id, Map.of()));
					seen.put(id, new Exchange(request.get("method").asString(), request.get("url").asString(),
							params.has("type") ? params.get("type").asString() : "", headers, null));
					fresh.add(id);
				}
				case "Network.requestWillBeSentExtraInfo" -> { // the headers as sent, extra ones included
					String id = params.get("requestId").asString();
					Map<String, String> headers = extra.computeIfAbsent(id, k -> new LinkedHashMap<>());
					params.get("headers").properties().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue().asString()));
					Exchange known = seen.get(id);
					if (known != null) {
						known.headers().putAll(headers);
					}
				}
				case "Network.responseReceived" -> {
					String id = params.get("requestId").asString();
					Exchange known = seen.get(id);
					if (known != null) {
						seen.put(id, known.answered(params.get("response").get("status").asInt()));
						if (!fresh.contains(id)) {
							fresh.add(id);
						}
					}
				}
				default -> {
				}
			}
		}
		return fresh.stream().map(seen::get).toList();
	}

	/** Every request seen so far, with its latest known answer. */
	public List<Exchange> all() {
		drain();
		return List.copyOf(seen.values());
	}
}
