package com.wtigg.store.analytics.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.wtigg.store.shared.web.Assets;

/**
 * Every script the store serves, found among its static files and webjars at start, with the
 * address it is served at and the Subresource Integrity hash of the served bytes; and Google's tag
 * library when a measurement id is configured (loaded from Google only with analytics consent, so
 * without a hash: Google changes the file without notice).
 */
@Component
public class ScriptInventory {

	/** One script the store's pages may load. */
	public record Script(String path, String url, String integrity, boolean external) {
	}

	private final List<Script> scripts;

	ScriptInventory(Assets assets, GoogleAnalytics ga) {
		List<Script> found = new ArrayList<>();
		for (String path : servedScripts()) {
			found.add(new Script(path, assets.url(path), assets.integrity(path), false));
		}
		found.sort(Comparator.comparing(Script::path));
		ga.measurementId().ifPresent(id -> found.add(new Script(GoogleAnalytics.LIBRARY, GoogleAnalytics.LIBRARY, null, true)));
		this.scripts = List.copyOf(found);
	}

	List<Script> scripts() {
		return scripts;
	}

	private static List<String> servedScripts() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<String> paths = new ArrayList<>();
		try {
			for (Resource file : resolver.getResources("classpath*:static/**/*.js")) {
				paths.add(after(file, "/static/"));
			}
			for (Resource file : resolver.getResources("classpath*:META-INF/resources/webjars/**/*.js")) {
				paths.add("/webjars/" + after(file, "/META-INF/resources/webjars/").substring(1));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return paths;
	}

	private static String after(Resource file, String marker) throws IOException {
		String url = file.getURL().toString();
		return "/" + url.substring(url.lastIndexOf(marker) + marker.length());
	}
}
