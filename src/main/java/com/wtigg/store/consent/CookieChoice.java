package com.wtigg.store.consent;

import java.time.Instant;

/**
 * A visitor's choice of cookie categories, as the request carries it. Necessary cookies need no
 * choice. A Global Privacy Control signal ({@code Sec-GPC: 1}) turns marketing (and sale/share)
 * off whatever was chosen before.
 *
 * @param gpc whether this request carried the Global Privacy Control signal
 */
public record CookieChoice(boolean analytics, boolean marketing, boolean gpc, String policyVersion, Instant givenAt) {
}
