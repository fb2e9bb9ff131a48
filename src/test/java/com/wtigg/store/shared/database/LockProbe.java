package com.wtigg.store.shared.database;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run in a separate JVM by a test: prints whether another process holds the lock of a data folder.
 */
public final class LockProbe {

	private LockProbe() {
	}

	public static void main(String[] args) throws Exception {
		try (FileChannel channel = FileChannel.open(Path.of(args[0], "store.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); var lock = channel.tryLock()) {
			System.out.println(lock == null ? "held by another process" : "free");
		}
	}
}
