package com.wtigg.store.shared.database;

/**
 * Thrown when the embedded PostgreSQL cannot be started for a reason the operator can fix.
 */
public class EmbeddedDatabaseUnusableException extends IllegalStateException {

	private final String action;

	EmbeddedDatabaseUnusableException(String problem, String action, Throwable cause) {
		super(problem, cause);
		this.action = action;
	}

	/** What the operator can do about it. */
	public String action() {
		return action;
	}
}
