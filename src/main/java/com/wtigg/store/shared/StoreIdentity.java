package com.wtigg.store.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs the store: shown in every page's footer, the privacy policy and every email.
 */
@ConfigurationProperties("store.identity")
public record StoreIdentity(
		@DefaultValue("WTIGG") String name,
		@DefaultValue("service@wtigg.com") String contactEmail,
		@DefaultValue("WTIGG, 188TH STREET, Flushing, NY 11355, United States") String postalAddress) {
}
