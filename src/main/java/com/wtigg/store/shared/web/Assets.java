package com.wtigg.store.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Addresses of static files with their content hash, so browsers may cache them for a year.
 */
public class Assets {

	private final ResourceUrlProvider urls;

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	Assets(ResourceUrlProvider urls) {
		this.urls = urls;
	}

	public String url(String path) {
		return resolved.computeIfAbsent(path, p -> {
			String versioned = urls.getForLookupPath(p);
			return versioned != null ? versioned : p;
		});
	}
}
