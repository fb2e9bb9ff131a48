package com.wtigg.store.ordering.persistence;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.wtigg.store.ordering.domain.Preferences;
import com.wtigg.store.shared.PostalAddress;

/**
 * An order's address and preferences as one line of text, for exports.
 */
final class OrderText {

	private OrderText() {
	}

	static String address(PostalAddress a) {
		return Stream.of(a.recipient(), a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country(), a.phone())
			.filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
	}

	static String preferences(Preferences p) {
		return Stream.of(p.engraving() == null ? null : "engraving: " + p.engraving(),
				p.ringSize() == null ? null : "ring size: US " + p.ringSize().toPlainString(),
				p.bangleDiameter() == null ? null : "bangle inner diameter: " + p.bangleDiameter() + " mm",
				p.giftNote() == null ? null : "gift note: " + p.giftNote())
			.filter(Objects::nonNull).collect(Collectors.joining("; "));
	}
}
