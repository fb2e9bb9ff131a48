package com.wtigg.store.privacy.requests;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.PrivacyMail.PrivacyRequestAcknowledged;
import com.wtigg.store.privacy.PrivacyMail.VerifyPrivacyRequest;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.privacy.SubjectDirectory;
import com.wtigg.store.privacy.SubjectDirectory.SubjectMatch;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.Languages;
import com.wtigg.store.shared.SubjectId;

/**
 * Takes requests in through every channel (DSR-CHANNELS) and proves who made them. A signed-in
 * customer is proven by the session; everyone else, whether through the form or by a mail or
 * letter that staff enter, by following a link sent to the address, once, before it expires.
 * Data is only handed over when an order number of theirs came with the address. There is no
 * path around the link: staff cannot mark a request verified.
 */
@Service
@Transactional
public class RequestIntake {

	static final String LINK = "privacy.request.link";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] REFERENCE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final RequestStore store;

	private final RequestLinks links;

	private final Deadlines deadlines;

	private final List<SubjectDirectory> directories;

	private final SubjectCipher cipher;

	private final ApplicationEventPublisher events;

	private final RequestSettings settings;

	private final Clock clock;

	private final RequestDecisions decisions;

	RequestIntake(RequestStore store, RequestLinks links, Deadlines deadlines, List<SubjectDirectory> directories,
			SubjectCipher cipher, ApplicationEventPublisher events, RequestSettings settings, Clock clock,
			RequestDecisions decisions) {
		this.decisions = decisions;
		this.store = store;
		this.links = links;
		this.deadlines = deadlines;
		this.directories = directories;
		this.cipher = cipher;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** A signed-in customer's request: proven by the session, acknowledged at once. */
	public PrivacyRequest submitSignedIn(SubjectId subject, RequestForm form) {
		Optional<PrivacyRequest> duplicate = store.openDuplicate(form.email(), form.type())
			.filter(r -> subject.equals(r.subject()));
		if (duplicate.isPresent()) {
			return duplicate.get();
		}
		PrivacyRequest request = create(form, RequestChannel.SIGNED_IN, subject);
		store.event(request.id(), "subject", "received through the signed-in form", clock.instant());
		verified(request, subject, "signed in");
		return decisions.settleIfSimple(store.find(request.id()).orElseThrow());
	}

	/**
	 * A request by the form without an account, or entered by staff from a mail or letter: a link
	 * goes to the address. A second request of the same kind from the same address while the
	 * first is open is the first one again, with a fresh link (the old one stops working).
	 *
	 * @param actor who entered it: {@code visitor} or {@code staff:<id>}
	 */
	public PrivacyRequest submitUnproven(RequestForm form, RequestChannel channel, String actor) {
		Instant now = clock.instant();
		PrivacyRequest request = store.openDuplicate(form.email(), form.type())
			.filter(r -> !r.verified())
			.orElseGet(() -> {
				PrivacyRequest created = create(form, channel, null);
				store.event(created.id(), actor, "received by " + channel.code(), now);
				return created;
			});
		if (!request.verified()) {
			links.revoke(request.id(), RequestLinks.VERIFY, now);
			Instant expires = now.plus(settings.verifyLinkLifetime());
			String token = links.issue(request.id(), RequestLinks.VERIFY, expires);
			byte[] sealed = cipher.encrypt(request.requester(), LINK, "/privacy/requests/verify?token=" + token);
			events.publishEvent(new VerifyPrivacyRequest(request.id(), sealed, expires));
			store.event(request.id(), "store", "verification link sent", now);
		}
		return request;
	}

	/**
	 * A parent's or guardian's report that an account is their child's (MIN-DELETE): proven by the
	 * link to the reporter's address, then confirmed by the privacy officer.
	 */
	public PrivacyRequest reportMinor(RequestForm reporter, EmailAddress child) {
		PrivacyRequest request = submitUnproven(reporter, RequestChannel.WEB_FORM, "visitor");
		store.about(request, child);
		return request;
	}

	/** A staff member's report that an account is a child's: nothing to prove, the privacy officer confirms. */
	public PrivacyRequest reportMinorByStaff(SubjectId staff, EmailAddress staffAddress, EmailAddress child, String note) {
		PrivacyRequest request = create(new RequestForm(RequestType.MINOR_ERASURE, staffAddress, null, "US", "", note,
				java.util.Locale.ENGLISH), RequestChannel.STAFF, null);
		store.about(request, child);
		store.event(request.id(), "staff:" + staff, "reported as a child's account", clock.instant());
		verified(request, match(child, null, RequestType.MINOR_ERASURE).map(SubjectMatch::subject).orElse(null),
				"reported by staff:" + staff);
		return store.find(request.id()).orElseThrow();
	}

	/** Follows a verification link: once, before it expires. Empty for any other link. */
	public Optional<PrivacyRequest> verify(String token) {
		Optional<UUID> id = links.useOnce(token, RequestLinks.VERIFY, clock.instant());
		return id.flatMap(store::find).filter(r -> !r.verified()).map(r -> {
			EmailAddress email = r.type() == RequestType.MINOR_ERASURE ? store.aboutEmail(r).orElseThrow()
					: store.email(r).orElseThrow();
			@Nullable String orderNumber = store.orderNumber(r).orElse(null);
			Optional<SubjectMatch> match = match(email, orderNumber, r.type());
			verified(r, match.map(SubjectMatch::subject).orElse(null),
					match.map(m -> m.withOrderNumber() ? "email link and order number" : "email link")
						.orElse("email link; no data found under it"));
			return decisions.settleIfSimple(store.find(r.id()).orElseThrow());
		});
	}

	private Optional<SubjectMatch> match(EmailAddress email, @Nullable String orderNumber, RequestType type) {
		List<SubjectMatch> matches = directories.stream().flatMap(d -> d.find(email, orderNumber).stream()).toList();
		// a copy of the data needs the order number as well; the strongest match wins
		return matches.stream().filter(SubjectMatch::withOrderNumber).findFirst()
			.or(() -> type.discloses() ? Optional.empty() : matches.stream().findFirst());
	}

	private void verified(PrivacyRequest r, @Nullable SubjectId subject, String how) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, settings.zone());
		Deadline deadline = deadlines.of(r.jurisdiction(), today);
		store.verified(r.id(), subject, how, now, deadline);
		store.event(r.id(), "store", "identity proven: " + how + "; due " + deadline.dueOn(), now);
		store.acknowledged(r.id(), now);
		events.publishEvent(new PrivacyRequestAcknowledged(r.id(), deadline.dueOn()));
		store.event(r.id(), "store", "acknowledged", now);
	}

	private PrivacyRequest create(RequestForm form, RequestChannel channel, @Nullable SubjectId subject) {
		PrivacyRequest request = new PrivacyRequest(UUID.randomUUID(), reference(), form.type(), channel,
				RequestStatus.AWAITING_VERIFICATION, SubjectId.random(), subject, Languages.tag(form.language()),
				form.country(), Jurisdiction.of(form.country(), form.region()), clock.instant(), null, null, null, null, null,
				null, null, null, null, null, null);
		store.insert(request, form.email(), form.details(), form.orderNumber());
		return request;
	}

	private static String reference() {
		StringBuilder reference = new StringBuilder("PR-");
		for (int i = 0; i < 8; i++) {
			reference.append(REFERENCE_LETTERS[RANDOM.nextInt(REFERENCE_LETTERS.length)]);
		}
		return reference.toString();
	}
}
