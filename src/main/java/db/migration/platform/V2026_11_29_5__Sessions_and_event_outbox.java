package db.migration.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The tables of two libraries, created by the PostgreSQL scripts they ship, so that the schema
 * always matches the version in use: Spring Session's sessions and Spring Modulith's event
 * publication registry (the outbox).
 */
public class V2026_11_29_5__Sessions_and_event_outbox extends BaseJavaMigration {

	private static final String[] SCRIPTS = { "org/springframework/session/jdbc/schema-postgresql.sql",
			"org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql" };

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement statement = context.getConnection().createStatement()) {
			for (String script : SCRIPTS) {
				for (String sql : read(script).split(";")) {
					if (!sql.isBlank()) {
						statement.execute(sql);
					}
				}
			}
		}
	}

	private static String read(String resource) throws IOException {
		try (InputStream in = V2026_11_29_5__Sessions_and_event_outbox.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The library script " + resource + " is missing from the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
