package com.wtigg.store.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed start of the embedded database into a short explanation instead of a stack trace.
 */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<IllegalStateException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, IllegalStateException cause) {
		if (cause instanceof DataFolderInUseException inUse) {
			return new FailureAnalysis(inUse.getMessage() + ".",
					"Stop the store that is running (only one store may use a data folder), "
							+ "or start this one on another folder: STORE_DATABASE_DATA_DIR=/some/other/folder.",
					cause);
		}
		if (cause instanceof EmbeddedDatabaseUnusableException unusable) {
			return new FailureAnalysis(unusable.getMessage(), unusable.action(), cause);
		}
		return null;
	}
}
