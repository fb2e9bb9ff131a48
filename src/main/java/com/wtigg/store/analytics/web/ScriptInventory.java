package com.wtigg.store.analytics.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.wtigg.store.shared.web.Assets;

/**
 * Every script the store's pages may load: each script the store serves, found among its static
 * files and webjars at start, with the address it is served at and the Subresource Integrity hash
 * of the served bytes; and the scripts pages load from others, each with why it has no hash:
 * Google's tag library when a measurement id is configured (only with analytics consent), and
 * Stripe.js on the card payment page when payments go through Stripe. Both are changed in place by
 * their makers, so no fixed hash can hold; the Content-Security-Policy admits only their hosts.
 */
@Component
public class ScriptInventory {

	/** The address of Stripe.js, which the card payment page loads from Stripe (no hash: Stripe forbids it). */
	static final String STRIPE_JS = "https://js.stripe.com/v3/";

	/** Scripts that pages may load from elsewhere; none of them can carry an integrity hash. */
	static final List<String> EXTERNAL = List.of(GoogleAnalytics.LIBRARY, STRIPE_JS);

	/**
	 * One script the store's pages may load.
	 *
	 * @param integrity the SRI value of the served bytes; {@code null} for an external script
	 * @param note for an external script, the message key saying when it loads and why it has no hash
	 */
	public record Script(String path, String url, String integrity, boolean external, String note) {
	}

	private final List<Script> scripts;

	ScriptInventory(Assets assets, GoogleAnalytics ga, @Value("${store.payment.gateway:sandbox}") String paymentGateway) {
		List<Script> found = new ArrayList<>();
		for (String path : servedScripts()) {
			found.add(new Script(path, assets.url(path), assets.integrity(path), false, null));
		}
		found.sort(Comparator.comparing(Script::path));
		ga.measurementId().ifPresent(id -> found.add(external(GoogleAnalytics.LIBRARY, "analytics.scripts.external")));
		if ("stripe".equals(paymentGateway)) {
			found.add(external(STRIPE_JS, "analytics.scripts.stripe"));
		}
		this.scripts = List.copyOf(found);
	}

	private static Script external(String url, String note) {
		return new Script(url, url, null, true, note);
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
