package com.wtigg.store.catalog.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.wtigg.store.catalog.domain.CatalogSnapshot;
import com.wtigg.store.shared.web.RenderedPageCache;

/**
 * This node's copy of the catalog. It reloads when the catalog's revision in the database moves,
 * so every node of a cluster follows a change within the refresh interval, and then forgets the
 * pages it rendered from the old copy; the search vocabulary follows too.
 */
@Component
public class CatalogCache {

	private static final Logger log = LoggerFactory.getLogger(CatalogCache.class);

	private final CatalogRepository repository;

	private final ObjectProvider<RenderedPageCache> pages;

	private final SearchWords searchWords;

	private volatile CatalogSnapshot snapshot;

	CatalogCache(CatalogRepository repository, ObjectProvider<RenderedPageCache> pages, SearchWords searchWords) {
		this.repository = repository;
		this.pages = pages;
		this.searchWords = searchWords;
	}

	public CatalogSnapshot current() {
		CatalogSnapshot shown = snapshot;
		if (shown == null) {
			synchronized (this) {
				if (snapshot == null) {
					searchWords.refresh();
					snapshot = repository.snapshot();
				}
				shown = snapshot;
			}
		}
		return shown;
	}

	/** Reloads now if the catalog changed since the copy was taken. */
	@Scheduled(fixedDelayString = "${store.catalog.refresh-interval:5s}", initialDelayString = "${store.catalog.refresh-interval:5s}")
	public void refreshIfChanged() {
		CatalogSnapshot shown = snapshot;
		if (shown == null || repository.revision() != shown.revision()) {
			searchWords.refresh();
			snapshot = repository.snapshot();
			pages.ifAvailable(RenderedPageCache::invalidate);
			log.debug("Catalog reloaded at revision {}", snapshot.revision());
		}
	}
}
