package com.wtigg.store.consent.cookie;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.shared.Languages;
import com.wtigg.store.shared.PolicyVersion;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.Browsers;

/**
 * Changes a browser's cookie choice, GPC state and sale/share opt-out: each change is recorded as a
 * consent record and written to the signed cookie at once (DSR-WITHDRAW: it takes effect with the
 * next request). With {@code Sec-GPC: 1} a choice never turns marketing on.
 */
@Service
class CookieChoiceService {

	private final ConsentCookieJar jar;

	private final ConsentRecords records;

	private final SaleShareOptOuts optOuts;

	private final Jurisdictions jurisdictions;

	private final Browsers browsers;

	private final PolicyVersion policy;

	private final Clock clock;

	private final GpcRecordLimiter limiter;

	CookieChoiceService(ConsentCookieJar jar, ConsentRecords records, SaleShareOptOuts optOuts, Jurisdictions jurisdictions,
			Browsers browsers, PolicyVersion policy, Clock clock, GpcRecordLimiter limiter) {
		this.limiter = limiter;
		this.jar = jar;
		this.records = records;
		this.optOuts = optOuts;
		this.jurisdictions = jurisdictions;
		this.browsers = browsers;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Records a choice of categories. Rejecting everything after a choice that allowed something is
	 * recorded as a withdrawal.
	 */
	@Transactional
	ConsentRecord choose(HttpServletRequest request, HttpServletResponse response, ConsentMethod method, boolean analytics,
			boolean marketing, Locale locale) {
		Instant now = clock.instant();
		ConsentCookie before = current(request, now);
		boolean gpc = CookieChoices.gpc(request);
		boolean marketingOn = marketing && !gpc;
		ConsentMethod recorded = method == ConsentMethod.REJECT_ALL && before.chosen() && (before.analytics() || before.marketing())
				? ConsentMethod.WITHDRAW : method;
		ConsentCookie seen = gpc && !before.gpcSeen() ? before.gpc(true, before.recordId(), now) : before;
		ConsentRecord record = record(request, seen, recorded, analytics, marketingOn, gpc, locale, now);
		jar.write(request, response, seen.choose(analytics, marketingOn, policy.version(), record.id(), now));
		return record;
	}

	/**
	 * Records a change of the GPC signal (once per browser and change; for browsers without the
	 * cookie, within {@link GpcRecordLimiter}'s allowance); returns whether there was one.
	 */
	@Transactional
	boolean honourGpc(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		boolean gpc = CookieChoices.gpc(request);
		Optional<ConsentCookie> cookie = jar.read(request);
		if (gpc == cookie.map(ConsentCookie::gpcSeen).orElse(false)) {
			return false;
		}
		Instant now = clock.instant();
		ConsentCookie before = cookie.orElseGet(() -> ConsentCookie.fresh(policy.version(), now));
		if (cookie.isEmpty() && !limiter.allow(request.getRemoteAddr())) {
			jar.write(request, response, before.gpc(gpc, before.recordId(), now));
			return true;
		}
		ConsentRecord record = record(request, before, ConsentMethod.GPC, before.analytics(), before.marketing() && !gpc, gpc,
				locale, now);
		jar.write(request, response, before.gpc(gpc, record.id(), now));
		if (gpc) {
			SignedIn.current().ifPresent(s -> optOuts.optOut(s.subject(), ConsentMethod.GPC.code(), now));
		}
		return true;
	}

	/** Records the opt-out of sale and sharing from its page: by subject when signed in, else by browser. */
	@Transactional
	ConsentRecord optOutOfSaleShare(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Instant now = clock.instant();
		ConsentCookie before = current(request, now);
		ConsentRecord record = record(request, before, ConsentMethod.DO_NOT_SELL, before.analytics(), false,
				CookieChoices.gpc(request), locale, now);
		jar.write(request, response, before.optOutOfSaleShare(record.id(), now));
		SignedIn.current().ifPresent(s -> optOuts.optOut(s.subject(), ConsentMethod.DO_NOT_SELL.code(), now));
		return record;
	}

	/** The record behind the browser's current state, for its receipt. */
	Optional<ConsentRecord> currentRecord(HttpServletRequest request) {
		return jar.read(request).map(ConsentCookie::recordId).flatMap(records::find);
	}

	private ConsentCookie current(HttpServletRequest request, Instant now) {
		return jar.read(request).orElseGet(() -> ConsentCookie.fresh(policy.version(), now));
	}

	private ConsentRecord record(HttpServletRequest request, ConsentCookie cookie, ConsentMethod method, boolean analytics,
			boolean marketing, boolean gpc, Locale locale, Instant now) {
		SubjectId subject = SignedIn.current().map(SignedIn::subject).orElse(null);
		boolean saleShareOut = cookie.saleShareOptedOut() || gpc || method == ConsentMethod.DO_NOT_SELL;
		ConsentRecord record = new ConsentRecord(UUID.randomUUID(), subject, subject == null ? cookie.browserId() : null,
				analytics, marketing, saleShareOut, gpc, policy.version(), method,
				browsers.describe(request.getHeader("User-Agent")).name(), jurisdictions.of(request), Languages.tag(locale), now);
		records.add(record);
		return record;
	}
}
