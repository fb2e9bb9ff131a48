package com.wtigg.store.privacy;

/**
 * What erasing a subject does to a field.
 */
public enum ErasureAction {
	/** The record is deleted. */
	DELETE,
	/** The value is replaced so it no longer identifies anyone; the record stays. */
	ANONYMIZE,
	/** Kept while the law requires it, then deleted; restricted meanwhile. */
	KEEP_FOR_LAW,
	/** Kept, since it holds only an id that names no one once the subject's other data is gone. */
	KEEP_PSEUDONYMOUS
}
