package com.wtigg.store.catalog.web;

import java.util.List;

import org.springframework.stereotype.Component;

import com.wtigg.store.catalog.domain.CatalogSnapshot;
import com.wtigg.store.catalog.persistence.CatalogCache;
import com.wtigg.store.shared.web.NavLink;
import com.wtigg.store.shared.web.SiteNavigation;

/**
 * The categories in every page's navigation.
 */
@Component
class CategoryNavigation implements SiteNavigation {

	private final CatalogCache catalog;

	private volatile Cached cached;

	CategoryNavigation(CatalogCache catalog) {
		this.catalog = catalog;
	}

	@Override
	public List<NavLink> mainLinks() {
		CatalogSnapshot snapshot = catalog.current();
		Cached shown = cached;
		if (shown == null || shown.revision() != snapshot.revision()) {
			shown = new Cached(snapshot.revision(), snapshot.categories().stream()
				.map(c -> new NavLink("/c/" + c.slug(), c.name()))
				.toList());
			cached = shown;
		}
		return shown.links();
	}

	private record Cached(long revision, List<NavLink> links) {
	}
}
