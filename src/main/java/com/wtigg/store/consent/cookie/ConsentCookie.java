package com.wtigg.store.consent.cookie;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.crypto.RandomTokens;

/**
 * What the signed {@code consent} cookie holds: the browser's anonymous id (random, names no one),
 * the cookie choice (if one was made) and its time, the last Global Privacy Control state this
 * browser was seen with, whether it opted out of sale/share on the "Do Not Sell or Share" page,
 * the policy version of the last choice and when the cookie was last written.
 *
 * @param chosenAt when the cookie choice was made; null while none was
 * @param gpcSeen whether the last request that changed anything carried {@code Sec-GPC: 1}
 */
record ConsentCookie(String browserId, @Nullable Instant chosenAt, boolean analytics, boolean marketing, boolean gpcSeen,
		boolean saleShareOptedOut, String policyVersion, Instant updatedAt) {

	/** A browser seen for the first time: a fresh random id, no choice, nothing opted out. */
	static ConsentCookie fresh(String policyVersion, Instant now) {
		return new ConsentCookie(RandomTokens.next(), null, false, false, false, false, policyVersion, now);
	}

	boolean chosen() {
		return chosenAt != null;
	}

	/** This browser's cookie after a choice of categories at this time. */
	ConsentCookie choose(boolean analyticsOn, boolean marketingOn, String version, Instant now) {
		return new ConsentCookie(browserId, now, analyticsOn, marketingOn, gpcSeen, saleShareOptedOut, version, now);
	}

	/** After a change of the GPC signal: with it on, marketing is off from now on whatever was chosen. */
	ConsentCookie gpc(boolean on, Instant now) {
		return new ConsentCookie(browserId, chosenAt, analytics, marketing && !on, on, saleShareOptedOut || on, policyVersion,
				now);
	}

	/** After the opt-out of sale/share on its page: marketing is off too. */
	ConsentCookie optOutOfSaleShare(Instant now) {
		return new ConsentCookie(browserId, chosenAt, analytics, false, gpcSeen, true, policyVersion, now);
	}

	@Override
	public String toString() {
		return "ConsentCookie[chosen=" + chosen() + ", analytics=" + analytics + ", marketing=" + marketing + ", gpc=" + gpcSeen
				+ ", saleShareOptedOut=" + saleShareOptedOut + "]";
	}
}
