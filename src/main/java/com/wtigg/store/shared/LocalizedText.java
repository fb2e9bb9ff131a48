package com.wtigg.store.shared;

import java.util.Locale;

/**
 * A text the store shows in English and in Simplified Chinese.
 */
public record LocalizedText(String en, String zh) {

	/** The text in the shopper's language: Chinese for any Chinese locale, English otherwise. */
	public String in(Locale locale) {
		return Languages.isChinese(locale) ? zh : en;
	}
}
