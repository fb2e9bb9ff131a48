package com.wtigg.store.audit;

import com.wtigg.store.shared.SubjectId;

/**
 * One thing that happened, told without personal data.
 *
 * @param actor who did it: {@code staff:<id>}, {@code subject:<id>} or {@code system}
 * @param action what was done, such as {@code customer.viewed} or {@code login.failed}
 * @param subject whose data it concerned, if anyone's
 * @param purpose why, for reads of personal data
 * @param detail anything else worth keeping, never personal data
 */
public record AuditEntry(String actor, String action, SubjectId subject, String purpose, String detail) {

	public static AuditEntry of(String actor, String action) {
		return new AuditEntry(actor, action, null, null, null);
	}
}
