package com.wtigg.store.analytics.recording;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/**
 * The pages whose views analytics counts ({@code store.analytics.paths}): the storefront's public
 * pages only, never an address that can carry a token or an order's key, nor the back office.
 */
@Component
public class RecordedPaths {

	private static final AntPathMatcher MATCHER = new AntPathMatcher();

	private final List<String> patterns;

	RecordedPaths(@Value("${store.analytics.paths:/,/c/*,/p/*,/search,/cart,/cookies,/privacy/**}") List<String> patterns) {
		this.patterns = List.copyOf(patterns);
	}

	/** Whether views of this path are counted. */
	public boolean recorded(String path) {
		return path != null && path.length() <= 200 && patterns.stream().anyMatch(p -> MATCHER.match(p, path));
	}
}
