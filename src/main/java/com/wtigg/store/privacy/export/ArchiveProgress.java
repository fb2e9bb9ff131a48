package com.wtigg.store.privacy.export;

/**
 * Told by {@link SubjectArchive} how far a copy has come while it is written, for the staff's
 * view of running exports. Called on the thread that writes the copy.
 */
public interface ArchiveProgress {

	/** Told nothing. */
	ArchiveProgress NONE = new ArchiveProgress() {
	};

	/** The copy starts; its data comes from this many holders. */
	default void started(int holders) {
	}

	/** A category's rows begin. */
	default void category(String dataset) {
	}

	/** One more row is written. */
	default void row() {
	}

	/** One more holder has given all its data. */
	default void holderDone() {
	}
}
