package com.wtigg.store.payment;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field names of requests the stubs received: form fields and query parameters, or the paths
 * of a JSON body's values ({@code purchase_units[].amount.value}).
 */
final class Requests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Requests() {
	}

	static Set<String> formFields(LoggedRequest request) {
		Set<String> names = new TreeSet<>(queryFields(request));
		String body = request.getBodyAsString();
		if (!body.isEmpty()) {
			UriComponentsBuilder.fromUriString("http://x/?" + body).build().getQueryParams().keySet()
				.forEach(name -> names.add(UriUtils.decode(name, StandardCharsets.UTF_8)));
		}
		return names;
	}

	static Set<String> queryFields(LoggedRequest request) {
		Set<String> names = new TreeSet<>();
		UriComponentsBuilder.fromUriString("http://x" + request.getUrl()).build().getQueryParams().keySet()
			.forEach(name -> names.add(UriUtils.decode(name, StandardCharsets.UTF_8)));
		return names;
	}

	static Set<String> jsonPaths(LoggedRequest request) {
		Set<String> paths = new TreeSet<>();
		String body = request.getBodyAsString();
		if (!body.isBlank()) {
			collect("", JSON.readTree(body), paths);
		}
		return paths;
	}

	private static void collect(String prefix, JsonNode node, Set<String> paths) {
		if (node.isObject()) {
			node.properties().forEach(e -> collect(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), paths));
		}
		else if (node.isArray()) {
			node.forEach(item -> collect(prefix + "[]", item, paths));
		}
		else {
			paths.add(prefix);
		}
	}
}
