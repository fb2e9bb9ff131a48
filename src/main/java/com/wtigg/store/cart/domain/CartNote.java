package com.wtigg.store.cart.domain;

/**
 * Something the shopper should know about their cart, as a message key with its arguments.
 */
public record CartNote(String key, Object... args) {
}
