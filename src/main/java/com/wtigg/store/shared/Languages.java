package com.wtigg.store.shared;

import java.util.List;
import java.util.Locale;

/**
 * The languages the store speaks: English and Simplified Chinese.
 */
public final class Languages {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

	private Languages() {
	}

	public static boolean isChinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage());
	}

	/** The supported language closest to a locale: any Chinese is Simplified Chinese, anything else English. */
	public static Locale closest(Locale locale) {
		return isChinese(locale) ? CHINESE : ENGLISH;
	}

	/** The tag used in URLs, cookies and the {@code lang} attribute: {@code en} or {@code zh-CN}. */
	public static String tag(Locale locale) {
		return isChinese(locale) ? "zh-CN" : "en";
	}
}
