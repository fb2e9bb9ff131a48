/**
 * Shipping through a {@link com.wtigg.store.shipping.CarrierGateway}: the sandbox carrier
 * (default), UPS or FedEx. Rates for checkout, shipments with tracking numbers, printable labels.
 * A carrier gets the recipient's name, address and phone, never the email.
 */
package com.wtigg.store.shipping;
