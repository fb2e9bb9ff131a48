package com.wtigg.store.shipping;

/**
 * The SPI each carrier's adapter implements (sandbox, UPS, FedEx); one is chosen by
 * {@code store.shipping.carrier}. Its methods live in the module's internals: this type names
 * the extension point only.
 */
public interface CarrierGateway {

	/** {@code sandbox}, {@code ups} or {@code fedex}: the processor register's id. */
	String name();
}
