package com.wtigg.store.catalog.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.wtigg.store.catalog.CatalogApi;
import com.wtigg.store.catalog.CatalogItem;
import com.wtigg.store.catalog.PieceFacts;

/**
 * The catalog's API for other modules, answered from the tables so stock is current.
 */
@Service
class CatalogItems implements CatalogApi {

	private final CatalogRepository repository;

	CatalogItems(CatalogRepository repository) {
		this.repository = repository;
	}

	@Override
	public Optional<CatalogItem> item(String slug) {
		return repository.itemBySlug(slug).stream().findFirst();
	}

	@Override
	public Map<Long, CatalogItem> items(Collection<Long> ids) {
		return repository.items(ids);
	}

	@Override
	public Map<Long, PieceFacts> facts(Collection<Long> ids) {
		return repository.facts(ids);
	}

	@Override
	public boolean reserve(long pieceId, int quantity) {
		return repository.takeFromStock(pieceId, quantity);
	}

	@Override
	public void release(long pieceId, int quantity) {
		repository.putBackInStock(pieceId, quantity);
	}
}
