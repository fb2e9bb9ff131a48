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

	/** What checkout needs of some pieces beyond name and price: their kind and weight, by id. */
	Map<Long, PieceFacts> facts(Collection<Long> ids);

	/**
	 * Takes pieces out of stock in the caller's transaction, only if that many are still there (one
	 * conditional update): of many buyers of the last piece, exactly one gets true.
	 */
	boolean reserve(long pieceId, int quantity);

	/** Puts reserved pieces back into stock (a cancelled or expired order). */
	void release(long pieceId, int quantity);
}
