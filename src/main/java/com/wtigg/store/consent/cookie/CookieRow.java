package com.wtigg.store.consent.cookie;

/**
 * One row of the cookie page's table.
 *
 * @param category the category's name: {@code NECESSARY}, {@code ANALYTICS} or {@code MARKETING}
 * @param purposeKey the message key of its purpose, in every language
 * @param purpose its purpose in English, shown when a language has no text for the key
 * @param days its lifetime in days; 0 for a cookie that ends with the browser session
 */
public record CookieRow(String name, String category, String purposeKey, String purpose, long days) {
}
