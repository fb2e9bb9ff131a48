package com.wtigg.store.shipping.carrier;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import com.wtigg.store.shipping.CarrierException;

/**
 * The field paths of an outgoing payload, as the processor register names them
 * ({@code ship:requestedShipment.recipients[].address.city}), and the check that a payload
 * holds no field its register entry does not allow.
 */
public final class PayloadFields {

	private PayloadFields() {
	}

	/** Every leaf of the JSON body, prefixed by the request's kind ({@code rate}, {@code ship}). */
	public static Set<String> of(String kind, JsonNode body) {
		Set<String> paths = new TreeSet<>();
		walk(body, "", paths);
		Set<String> prefixed = new TreeSet<>();
		paths.forEach(p -> prefixed.add(kind + ":" + p));
		return prefixed;
	}

	/** The names of a form's fields, prefixed by the request's kind ({@code token}). */
	public static Set<String> ofForm(String kind, Map<String, ?> form) {
		Set<String> names = new TreeSet<>();
		form.keySet().forEach(name -> names.add(kind + ":" + name));
		return names;
	}

	/** Refuses to send anything when a field is outside the carrier's register entry. */
	static void check(String carrier, Set<String> sent, Set<String> allowed) {
		Set<String> extra = new TreeSet<>(sent);
		extra.removeAll(allowed);
		if (!extra.isEmpty()) {
			throw new CarrierException("Not sent to " + carrier + ": the fields " + extra + " are not in its processor register entry");
		}
	}

	private static void walk(JsonNode node, String path, Set<String> paths) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> member : node.properties()) {
				walk(member.getValue(), path.isEmpty() ? member.getKey() : path + "." + member.getKey(), paths);
			}
		}
		else if (node.isArray()) {
			for (JsonNode element : node) {
				walk(element, path + "[]", paths);
			}
		}
		else if (!node.isNull()) {
			paths.add(path);
		}
	}
}
