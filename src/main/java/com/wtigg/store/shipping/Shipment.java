package com.wtigg.store.shipping;

import java.net.URI;
import java.util.UUID;

/**
 * A parcel handed to a carrier.
 *
 * @param labelPath the store's back-office path of its printable label
 * @param trackingLink the carrier's public tracking page for the number
 */
public record Shipment(UUID orderId, String carrier, String trackingNumber, URI trackingLink, String labelPath) {
}
