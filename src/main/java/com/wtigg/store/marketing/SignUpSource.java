package com.wtigg.store.marketing;

import java.util.Locale;

/**
 * Where a sign-up was asked for, kept with its consent (COL-MARKETING).
 */
public enum SignUpSource {
	FOOTER, ACCOUNT, CHECKOUT, IMPORT;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}
}
