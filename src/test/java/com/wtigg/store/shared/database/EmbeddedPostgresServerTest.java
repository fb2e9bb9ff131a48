package com.wtigg.store.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EmbeddedPostgresServerTest {

	@TempDir
	Path folder;

	@Test
	void aSecondStoreOnTheSameDataFolderIsRefusedWithAClearMessage() throws Exception {
		try (FileChannel otherStore = FileChannel.open(folder.resolve("store.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
				var lock = otherStore.lock()) {
			DatabaseProperties properties = new DatabaseProperties(true, folder, 0, false);
			assertThatThrownBy(() -> EmbeddedPostgresServer.startIn(properties))
				.isInstanceOfSatisfying(DataFolderInUseException.class, e -> {
					FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(e);
					assertThat(analysis.getDescription()).contains(folder.toString()).contains("in use by another running store");
					assertThat(analysis.getAction()).contains("STORE_DATABASE_DATA_DIR");
				});
		}
		assertThat(Files.exists(folder.resolve("postgres"))).isFalse();
	}

	@Test
	void productionStartsNothingEmbedded() {
		new ApplicationContextRunner().withUserConfiguration(EmbeddedDatabaseConfiguration.class)
			.withPropertyValues("store.database.embedded=false")
			.run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class)
				.doesNotHaveBean(javax.sql.DataSource.class));
	}
}
