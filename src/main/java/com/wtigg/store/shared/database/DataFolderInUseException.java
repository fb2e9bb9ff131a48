package com.wtigg.store.shared.database;

import java.nio.file.Path;

/**
 * Thrown when a second store is started on a data folder that another running store holds.
 */
public class DataFolderInUseException extends IllegalStateException {

	private final transient Path folder;

	DataFolderInUseException(Path folder) {
		super("The data folder " + folder + " is in use by another running store");
		this.folder = folder;
	}

	public Path folder() {
		return folder;
	}
}
