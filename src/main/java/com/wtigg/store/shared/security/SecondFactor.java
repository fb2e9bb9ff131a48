package com.wtigg.store.shared.security;

/**
 * The authority of a sign-in whose password was right but whose second factor is still to be
 * checked (or, for staff without one, enrolled). It opens no page but the second-factor pages.
 */
public final class SecondFactor {

	public static final String PENDING = "SECOND_FACTOR_PENDING";

	private SecondFactor() {
	}
}
