package com.wtigg.store.support.screenshot;

/**
 * Why a file is not taken as a screenshot, as the message key shown beside the field.
 */
public final class ScreenshotRefused extends Exception {

	private final String messageKey;

	ScreenshotRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
