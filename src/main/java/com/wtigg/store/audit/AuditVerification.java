package com.wtigg.store.audit;

/**
 * The result of checking the whole audit log.
 *
 * @param checked how many entries were checked
 * @param brokenAt the number of the first entry that does not hold, or {@code null}
 * @param problem what is wrong there, or {@code null}
 */
public record AuditVerification(long checked, Long brokenAt, String problem) {

	public boolean intact() {
		return brokenAt == null;
	}
}
