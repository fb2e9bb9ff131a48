package com.wtigg.store.catalog.web;

import java.util.List;

/**
 * One page of the product list of the JSON API.
 *
 * @param page the page returned, from 1
 * @param total how many products match in all
 */
public record ProductPageJson(List<ProductJson> items, int page, int size, int total, int pages) {
}
