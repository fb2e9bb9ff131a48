package com.wtigg.store.catalog.domain;

/**
 * The trade's treatment grade: A untreated, B bleached and polymer-impregnated, C dyed.
 */
public enum Grade {
	A, B, C
}
