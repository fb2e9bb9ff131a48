package com.wtigg.store.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog as other modules see it. Stock read here is current, not cached.
 */
public interface CatalogApi {

	Optional<CatalogItem> item(String slug);

	/** The items with these ids that still exist, by id. */
	Map<Long, CatalogItem> items(Collection<Long> ids);
}
