package com.wtigg.store.shared.web;

/**
 * The page asked for does not exist; shown as the store's 404 page.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("Not found", null, false, false);
	}
}
