package com.wtigg.store.shared.web;

import java.util.regex.Pattern;

/**
 * Paths a form may send the shopper back to: only paths of this store, never another site.
 */
public final class LocalPath {

	private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[\\x21-\\x7e]{0,2000}|/");

	private LocalPath() {
	}

	/** The path if it is a path of this store, otherwise the home page. */
	public static String orHome(String path) {
		return path != null && SAFE.matcher(path).matches() ? path : "/";
	}
}
