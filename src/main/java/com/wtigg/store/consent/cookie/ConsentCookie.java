package com.wtigg.store.consent.cookie;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.crypto.RandomTokens;

/**
 * What the signed {@code consent} cookie holds: the browser's anonymous id (random, names no one),
 * the cookie choice (if one was made) and its time, the last Global Privacy Control state this
 * browser was seen with, whether it opted out of sale/share, the policy version of the last
 * choice, the consent record that made the current state (for its receipt) and when the cookie
 * was last written.
 *
 * @param chosenAt when the cookie choice was made; null while none was
 * @param gpcSeen whether the signal was on when it last changed
 * @param recordId the consent record of the latest change; null before any
 */
record ConsentCookie(String browserId, @Nullable Instant chosenAt, boolean analytics, boolean marketing, boolean gpcSeen,
		boolean saleShareOptedOut, String policyVersion, @Nullable UUID recordId, Instant updatedAt) {

	/** A browser seen for the first time: a fresh random id, no choice, nothing opted out. */
	static ConsentCookie fresh(String policyVersion, Instant now) {
		return new ConsentCookie(RandomTokens.next(), null, false, false, false, false, policyVersion, null, now);
	}

	boolean chosen() {
		return chosenAt != null;
	}

	/** This browser's cookie after a choice of categories, recorded as this record. */
	ConsentCookie choose(boolean analyticsOn, boolean marketingOn, String version, UUID record, Instant now) {
		return new ConsentCookie(browserId, now, analyticsOn, marketingOn, gpcSeen, saleShareOptedOut, version, record, now);
	}

	/** After a change of the GPC signal: with it on, marketing and sale/share are off from now on. */
	ConsentCookie gpc(boolean on, UUID record, Instant now) {
		return new ConsentCookie(browserId, chosenAt, analytics, marketing && !on, on, saleShareOptedOut || on, policyVersion,
				record, now);
	}

	/** After the opt-out of sale/share on its page: marketing is off too. */
	ConsentCookie optOutOfSaleShare(UUID record, Instant now) {
		return new ConsentCookie(browserId, chosenAt, analytics, false, gpcSeen, true, policyVersion, record, now);
	}

	@Override
	public String toString() {
		return "ConsentCookie[chosen=" + chosen() + ", analytics=" + analytics + ", marketing=" + marketing + ", gpc=" + gpcSeen
				+ ", saleShareOptedOut=" + saleShareOptedOut + "]";
	}
}
