package com.wtigg.store.shared.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * In the default run the store starts its own PostgreSQL; production sets
 * {@code store.database.embedded=false} and takes {@code spring.datasource.*} instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "store.database.embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	@Bean
	EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
		return EmbeddedPostgresServer.startIn(properties);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(server.username());
		return dataSource;
	}
}
