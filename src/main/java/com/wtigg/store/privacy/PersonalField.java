package com.wtigg.store.privacy;

/**
 * One stored field that can identify a person, with everything the policy says about it.
 *
 * @param column {@code table.column}
 * @param purpose what it is used for, in the policy's words
 * @param retention how long it is kept, in the policy's words
 */
public record PersonalField(String column, DataCategory category, String purpose, LegalBasis basis, String retention,
		ErasureAction erasure) {

	public String table() {
		return column.substring(0, column.indexOf('.'));
	}
}
