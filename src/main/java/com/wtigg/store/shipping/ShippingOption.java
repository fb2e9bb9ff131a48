package com.wtigg.store.shipping;

import com.wtigg.store.shared.LocalizedText;
import com.wtigg.store.shared.Money;

/**
 * A way to ship, with its price and how many business days it takes.
 *
 * @param code stable id such as {@code standard} or {@code express}, sent back by the checkout form
 */
public record ShippingOption(String code, LocalizedText name, Money price, int minDays, int maxDays) {
}
