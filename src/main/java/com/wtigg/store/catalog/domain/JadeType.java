package com.wtigg.store.catalog.domain;

/**
 * The two minerals sold as jade.
 */
public enum JadeType {
	JADEITE, NEPHRITE;

	public String param() {
		return name().toLowerCase();
	}
}
