package com.wtigg.store.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the store keeps its data when it runs its own PostgreSQL.
 *
 * @param embedded whether the application starts an embedded PostgreSQL (the default run) or uses
 *     {@code spring.datasource.*} (production)
 * @param dataDir the folder that holds the embedded database; one store at a time may use it
 * @param port the embedded server's port, 0 for any free port
 * @param cleanStart whether the embedded database starts empty (tests), deleting what the folder held
 */
@ConfigurationProperties("store.database")
public record DatabaseProperties(
		@DefaultValue("true") boolean embedded,
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("0") int port,
		@DefaultValue("false") boolean cleanStart) {
}
