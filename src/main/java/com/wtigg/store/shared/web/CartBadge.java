package com.wtigg.store.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How many items the shopper's cart holds, for the header; provided by the cart module.
 */
public interface CartBadge {

	int itemCount(HttpServletRequest request);
}
