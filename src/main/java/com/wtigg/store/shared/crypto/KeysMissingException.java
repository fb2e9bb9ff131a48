package com.wtigg.store.shared.crypto;

import java.nio.file.Path;

/**
 * The store was told not to create keys, and a key file it needs is not there.
 */
public class KeysMissingException extends IllegalStateException {

	private final transient Path file;

	KeysMissingException(Path file) {
		super("The key file " + file + " is missing");
		this.file = file;
	}

	public Path file() {
		return file;
	}
}
