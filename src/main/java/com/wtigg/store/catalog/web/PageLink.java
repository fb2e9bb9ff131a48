package com.wtigg.store.catalog.web;

/**
 * A link of a listing's pagination.
 */
public record PageLink(int number, String url, boolean current) {
}
