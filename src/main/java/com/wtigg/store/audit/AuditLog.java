package com.wtigg.store.audit;

/**
 * Appends to and checks the audit log.
 */
public interface AuditLog {

	/** Appends an entry in the caller's transaction; returns its number. */
	long record(AuditEntry entry);

	/** Checks every entry's seal and the chain, from the first entry to the head. */
	AuditVerification verify();
}
