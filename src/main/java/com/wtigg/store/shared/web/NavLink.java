package com.wtigg.store.shared.web;

import com.wtigg.store.shared.LocalizedText;

/**
 * A link of the store's main navigation.
 */
public record NavLink(String href, LocalizedText label) {
}
