package com.wtigg.store.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server that the store starts itself, keeping its data in a folder.
 *
 * <p>One server runs per data folder and JVM (tests share it across application contexts); a
 * second process started on the same folder fails with {@link DataFolderInUseException}. A server
 * left running by a store that was killed is stopped before the new one starts.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

	private final EmbeddedPostgres postgres;

	/** Held for the life of the JVM: while it is, no other store may use the folder. */
	private final FileLock folderLock;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileLock folderLock) {
		this.postgres = postgres;
		this.folderLock = folderLock;
	}

	/** Starts the server for the folder, or returns the one this JVM already runs there. */
	public static EmbeddedPostgresServer startIn(DatabaseProperties properties) {
		Path folder = properties.dataDir().toAbsolutePath().normalize();
		return RUNNING.computeIfAbsent(folder, f -> start(f, properties));
	}

	/** Whether this JVM still holds the data folder. */
	public boolean holdsFolder() {
		return folderLock.isValid();
	}

	/** The JDBC URL of the store's database. */
	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	public String username() {
		return "postgres";
	}

	private static EmbeddedPostgresServer start(Path folder, DatabaseProperties properties) {
		try {
			Files.createDirectories(folder);
			FileLock lock = lockFolder(folder);
			Path pgData = folder.resolve("postgres");
			stopOrphanedServer(pgData);
			if (properties.cleanStart()) {
				FileSystemUtils.deleteRecursively(pgData);
			}
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setPort(properties.port())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", "64MB")
				// stopped by Spring Boot once every application context is closed, not by a JVM hook
				// running at the same time as those contexts still write their last rows
				.setRegisterShutdownHook(false)
				.start();
			SpringApplication.getShutdownHandlers().add(() -> stop(folder, postgres));
			log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(), pgData);
			return new EmbeddedPostgresServer(postgres, lock);
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof DataFolderInUseException || e instanceof EmbeddedDatabaseUnusableException) {
				throw (RuntimeException) e;
			}
			throw new EmbeddedDatabaseUnusableException("The embedded PostgreSQL in " + folder + " did not start.",
					"Check that the folder is writable and the disk not full. To see what PostgreSQL said, "
							+ "start again with --logging.level.io.zonky=INFO.", e);
		}
	}

	private static void stop(Path folder, EmbeddedPostgres postgres) {
		RUNNING.remove(folder);
		try {
			postgres.close();
		}
		catch (IOException e) {
			log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
		}
	}

	/** Takes an exclusive lock on the folder, to be held for the life of this JVM. */
	@SuppressWarnings("resource")
	private static FileLock lockFolder(Path folder) throws IOException {
		FileChannel channel = FileChannel.open(folder.resolve("store.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException e) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new DataFolderInUseException(folder);
		}
		return lock;
	}

	/** Stops a server that a killed store left behind; the lock proves no live store uses it. */
	private static void stopOrphanedServer(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
		if (!firstLine.matches("\\d+")) {
			return;
		}
		ProcessHandle.of(Long.parseLong(firstLine))
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
			.ifPresent(orphan -> {
				log.warn("Stopping the PostgreSQL server (pid {}) that a previous run left behind", orphan.pid());
				orphan.destroy();
				try {
					orphan.onExit().get(30, TimeUnit.SECONDS);
				}
				catch (Exception e) {
					orphan.destroyForcibly();
				}
			});
	}
}
