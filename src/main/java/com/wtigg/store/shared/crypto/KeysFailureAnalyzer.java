package com.wtigg.store.shared.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start refused for want of the store's keys.
 */
class KeysFailureAnalyzer extends AbstractFailureAnalyzer<KeysMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, KeysMissingException cause) {
		return new FailureAnalysis(cause.getMessage() + ", and this store may not create keys (store.keys.create-if-missing=false).",
				"Restore the key files from the key backup into " + cause.file().getParent()
						+ " (STORE_KEYS_FOLDER), or, for a new store only, start once with STORE_KEYS_CREATE_IF_MISSING=true.",
				cause);
	}
}
