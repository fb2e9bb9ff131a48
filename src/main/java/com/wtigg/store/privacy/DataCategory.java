package com.wtigg.store.privacy;

/**
 * Kinds of personal data, as the privacy policy names them.
 */
public enum DataCategory {
	/** Name, date-of-birth facts, account credentials. */
	ACCOUNT,
	/** Email, phone, postal addresses. */
	CONTACT,
	/** What a person bought, asked for or put in a cart. */
	PURCHASES,
	/** Inquiries and their attachments. */
	SUPPORT,
	/** Consents given and withdrawn. */
	CONSENT,
	/** Device, browser, IP address and usage recorded automatically. */
	AUTOMATIC,
	/** Ids that link records to a person without naming them, such as a cookie's value. */
	IDENTIFIER,
	/** Records of who did what, kept for security. */
	SECURITY
}
