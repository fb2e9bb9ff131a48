package com.wtigg.store.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wtigg.store.StoreTest;

/**
 * The running store keeps its data folder locked against other processes for as long as it runs.
 */
@StoreTest
class DataFolderLockTest {

	@Autowired
	DatabaseProperties properties;

	@Autowired
	EmbeddedPostgresServer server;

	@Test
	void anotherProcessFindsTheFolderLockedEvenAfterGarbageCollection() throws Exception {
		// A lock whose channel nobody references is released once the collector has run its cleaners.
		System.gc();
		Thread.sleep(200);
		String java = ProcessHandle.current().info().command().orElseThrow();
		Process probe = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(),
				properties.dataDir().toAbsolutePath().toString()).redirectErrorStream(true).start();
		String answer = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(probe.waitFor()).isZero();
		assertThat(answer).isEqualTo("held by another process");
		assertThat(server.holdsFolder()).isTrue();
	}
}
