package com.wtigg.store.catalog.domain;

import com.wtigg.store.shared.LocalizedText;

/**
 * A jade colour and the three tones its illustrations are drawn in.
 */
public record Colour(String key, LocalizedText name, String base, String shade, String light, int position) {
}
