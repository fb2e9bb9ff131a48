package com.wtigg.store.analytics.recording;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import com.wtigg.store.consent.CookieConsents;
import com.wtigg.store.privacy.Restrictions;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.SignedIn;

/**
 * Whether usage analytics may be recorded for a request (COL-USAGE, DSR-RESTRICT): only with a
 * live analytics consent, and never for a signed-in subject who restricted processing, not even
 * anonymously. Decided once per request.
 */
@Component
public class AnalyticsPermission {

	private static final String DECIDED = AnalyticsPermission.class.getName();

	private static final Audience NOBODY = new Audience(false, null);

	/** Looked up once: resolving a bean on every request cost more than the rest of the decision. */
	private final SingletonSupplier<Optional<CookieConsents>> consents;

	private final Restrictions restrictions;

	AnalyticsPermission(ObjectProvider<CookieConsents> consents, Restrictions restrictions) {
		this.consents = SingletonSupplier.of(() -> Optional.ofNullable(consents.getIfAvailable()));
		this.restrictions = restrictions;
	}

	/**
	 * Whom this request's events may be recorded for.
	 *
	 * @param allowed whether anything may be recorded
	 * @param subject the signed-in subject the events belong to; {@code null} for an anonymous visitor
	 */
	public record Audience(boolean allowed, SubjectId subject) {

		public boolean anonymous() {
			return subject == null;
		}
	}

	/** The audience of this request's events; {@code allowed} is false when nothing may be recorded. */
	public Audience of(HttpServletRequest request) {
		if (request.getAttribute(DECIDED) instanceof Audience decided) {
			return decided;
		}
		Audience audience = decide(request);
		request.setAttribute(DECIDED, audience);
		return audience;
	}

	private Audience decide(HttpServletRequest request) {
		if (!consents.obtain().map(c -> c.allowsAnalytics(request)).orElse(false)) {
			return NOBODY;
		}
		Optional<SubjectId> subject = SignedIn.current().map(SignedIn::subject);
		if (subject.isPresent() && restrictions.restricted(subject.get())) {
			return NOBODY;
		}
		return new Audience(true, subject.orElse(null));
	}
}
