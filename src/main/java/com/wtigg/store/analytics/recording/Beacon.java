package com.wtigg.store.analytics.recording;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the beacon script reports, checked field by field: a random id, the kind ({@code tile},
 * {@code banner} or {@code time}), the page it happened on, the clicked address for a click, the
 * milliseconds on the page for a time. Anything else makes the whole beacon invalid.
 *
 * <pre>{"id":"…uuid…","type":"tile","path":"/c/bangles","target":"/p/green-bangle"}</pre>
 */
record Beacon(UUID id, String kind, String path, String target, Integer durationMs) {

	static final int MAX_BYTES = 4096;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> FIELDS = Set.of("id", "type", "path", "target", "ms");

	private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/%-]{0,199}");

	private static final Pattern PIECE = Pattern.compile("/p/[a-z0-9-]{1,120}");

	private static final int MAX_MS = 24 * 60 * 60 * 1000;

	/** The beacon in these bytes, or empty when they are not a valid beacon. */
	static Optional<Beacon> parse(byte[] body) {
		try {
			JsonNode root = JSON.readTree(body);
			if (root == null || !root.isObject() || !FIELDS.containsAll(root.propertyNames())) {
				return Optional.empty();
			}
			UUID id = UUID.fromString(text(root, "id"));
			String type = text(root, "type");
			String path = text(root, "path");
			if (!PATH.matcher(path).matches() || path.contains("..")) {
				return Optional.empty();
			}
			return switch (type) {
				case "tile", "banner" -> click(id, type, path, text(root, "target"));
				case "time" -> time(id, path, root.get("ms"));
				default -> Optional.empty();
			};
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException e) {
			return Optional.empty();
		}
	}

	private static Optional<Beacon> click(UUID id, String type, String path, String target) {
		boolean valid = type.equals("tile") ? PIECE.matcher(target).matches()
				: PATH.matcher(target).matches() && !target.contains("..");
		return valid ? Optional.of(new Beacon(id, type + "_click", path, target, null)) : Optional.empty();
	}

	private static Optional<Beacon> time(UUID id, String path, JsonNode ms) {
		if (ms == null || !ms.isIntegralNumber() || !ms.canConvertToInt() || ms.intValue() < 0 || ms.intValue() > MAX_MS) {
			return Optional.empty();
		}
		return Optional.of(new Beacon(id, "time_on_page", path, null, ms.intValue()));
	}

	private static String text(JsonNode root, String field) {
		JsonNode node = root.get(field);
		if (node == null || !node.isString()) {
			throw new IllegalArgumentException(field);
		}
		return node.asString();
	}
}
