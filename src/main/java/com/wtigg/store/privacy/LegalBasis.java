package com.wtigg.store.privacy;

/**
 * Why the store may process a piece of personal data (GDPR Art. 6).
 */
public enum LegalBasis {
	CONTRACT, LEGAL_OBLIGATION, CONSENT, LEGITIMATE_INTEREST
}
