package com.wtigg.store.consent.cookie;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.SubjectId;

/**
 * One recorded cookie choice, GPC signal or sale/share opt-out: who (the signed-in subject, else the
 * browser's anonymous id), what was allowed afterwards, under which policy version, when, how, from
 * which browser family and under which jurisdiction ({@link Jurisdictions}).
 *
 * @param browserId the anonymous id of the browser; null when the subject is known
 * @param language the page's language tag, such as {@code zh-CN}
 */
record ConsentRecord(UUID id, @Nullable SubjectId subject, @Nullable String browserId, boolean analytics,
		boolean marketing, boolean saleShareOptOut, boolean gpc, String policyVersion, ConsentMethod method,
		String browserFamily, String jurisdiction, String language, Instant givenAt) {

	/** Who the record is about, as its receipt names them. */
	String principal() {
		return subject != null ? "subject:" + subject : "browser:" + browserId;
	}

	@Override
	public String toString() {
		return "ConsentRecord[" + id + ", " + method.code() + "]";
	}
}
