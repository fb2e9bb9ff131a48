package com.wtigg.store.shared.crypto;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the store's master keys live: outside the database, so a copy of the database alone
 * reveals nothing that they protect.
 *
 * @param folder the folder of the key files
 * @param createIfMissing whether a missing key file is created (the default run); production sets
 *     {@code false} and refuses to start without its keys
 */
@ConfigurationProperties("store.keys")
public record KeyringProperties(@DefaultValue("./data/keys") Path folder,
		@DefaultValue("true") boolean createIfMissing) {
}
