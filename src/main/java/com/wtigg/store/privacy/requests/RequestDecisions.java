package com.wtigg.store.privacy.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.ConsentsWithdrawn;
import com.wtigg.store.privacy.ErasedAddresses;
import com.wtigg.store.privacy.SubjectDirectory;
import com.wtigg.store.privacy.ErasureHold;
import com.wtigg.store.privacy.PrivacyMail.PrivacyRequestCompleted;
import com.wtigg.store.privacy.PrivacyMail.PrivacyRequestExtended;
import com.wtigg.store.privacy.PrivacyMail.PrivacyRequestRefused;
import com.wtigg.store.privacy.Restrictions;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.privacy.erasure.SubjectErasure;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Answers verified requests: carries them out (a copy of the data behind an expiring link,
 * restriction and its lifting, withdrawal of every consent, erasure), puts them off with a reason
 * (DSR-DEADLINE) or refuses them with one (DSR-REFUSAL). What a subject can decide alone (a copy,
 * restriction, withdrawal, erasure of a signed-in account nothing holds, and any request under
 * which no data was found) is done at once; a correction, and an erasure that waits or came
 * without a session, is decided by staff.
 */
@Service
@Transactional
public class RequestDecisions {

	private final RequestStore store;

	private final RequestLinks links;

	private final Restrictions restrictions;

	private final SubjectErasure erasure;

	private final List<ErasureHold> holds;

	private final SubjectCipher cipher;

	private final ApplicationEventPublisher events;

	private final RequestSettings settings;

	private final Clock clock;

	private final List<SubjectDirectory> directories;

	private final List<ErasedAddresses> erasedAddresses;

	private final ProcessorNotices notices;

	RequestDecisions(RequestStore store, RequestLinks links, Restrictions restrictions, SubjectErasure erasure,
			List<ErasureHold> holds, SubjectCipher cipher, ApplicationEventPublisher events, RequestSettings settings,
			Clock clock, List<SubjectDirectory> directories, List<ErasedAddresses> erasedAddresses, ProcessorNotices notices) {
		this.notices = notices;
		this.directories = directories;
		this.erasedAddresses = erasedAddresses;
		this.store = store;
		this.links = links;
		this.restrictions = restrictions;
		this.erasure = erasure;
		this.holds = holds;
		this.cipher = cipher;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** Carries out at once what needs nobody's decision; the rest stays open for staff. */
	public PrivacyRequest settleIfSimple(PrivacyRequest r) {
		if (r.status() != RequestStatus.OPEN) {
			return r;
		}
		boolean simple = r.subject() == null || switch (r.type()) {
			case ACCESS, PORTABILITY, RESTRICTION, LIFT_RESTRICTION, WITHDRAWAL -> true;
			case DELETION -> r.channel() == RequestChannel.SIGNED_IN && holdReason(r).isEmpty();
			case CORRECTION, MINOR_ERASURE -> false;
		};
		return simple ? carryOut(r, "store") : r;
	}

	/** Why an erasure of the request's subject must wait (a message key), if it must. */
	public Optional<String> holdReason(PrivacyRequest r) {
		if (r.type() != RequestType.DELETION || r.subject() == null) {
			return Optional.empty();
		}
		return subjects(r).stream().flatMap(s -> holds.stream().flatMap(h -> h.holdReason(s).stream())).findFirst();
	}

	/**
	 * Whom a request that hands nothing over acts on: its subject, and every other record of the same
	 * proven address (a newsletter subscription kept apart from the account). A copy of data only
	 * ever covers the subject proven with an order number or by the session.
	 */
	private Set<SubjectId> subjects(PrivacyRequest r) {
		Set<SubjectId> subjects = new LinkedHashSet<>();
		if (r.subject() == null) {
			return subjects;
		}
		subjects.add(r.subject());
		if (!r.type().discloses()) {
			address(r).ifPresent(email -> directories.forEach(d -> d.find(email, null).ifPresent(m -> subjects.add(m.subject()))));
		}
		return subjects;
	}

	/** The address whose records a request acts on: a report's child's account, else the requester's own. */
	private Optional<EmailAddress> address(PrivacyRequest r) {
		return r.type() == RequestType.MINOR_ERASURE ? store.aboutEmail(r) : store.email(r);
	}

	/** Carries the request out as asked, once. */
	public PrivacyRequest carryOut(PrivacyRequest r, String actor) {
		return carryOut(r, actor, null);
	}

	/**
	 * Carries the request out as asked, once, with the staff member's note of why and how.
	 *
	 * @param note kept encrypted with the request; null when the store acts by itself
	 */
	public PrivacyRequest carryOut(PrivacyRequest r, String actor, @Nullable String note) {
		requireOpen(r);
		Instant now = clock.instant();
		SubjectId subject = r.subject();
		String outcome;
		if (subject == null) {
			outcome = "no data found under the details given";
		}
		else {
			outcome = switch (r.type()) {
				case ACCESS, PORTABILITY -> "copy of the data sent";
				case RESTRICTION -> {
					subjects(r).forEach(s -> restrictions.restrict(s, "data-subject request " + r.reference()));
					yield "processing restricted";
				}
				case LIFT_RESTRICTION -> {
					subjects(r).forEach(restrictions::lift);
					yield "restriction lifted";
				}
				case WITHDRAWAL -> {
					subjects(r).forEach(s -> events.publishEvent(new ConsentsWithdrawn(s)));
					yield "every consent withdrawn";
				}
				case DELETION, MINOR_ERASURE -> {
					// a child's account goes at once, whatever holds it
					Set<SubjectId> erased = subjects(r);
					int told = notices.tell(r, erased, "erasure");
					address(r).ifPresent(email -> erasedAddresses.forEach(a -> a.erased(email)));
					erased.forEach(erasure::erase);
					yield "erased; orders under tax retention kept, stripped and restricted; processors told: " + told;
				}
				case CORRECTION -> "corrected; processors told: " + notices.tell(r, subjects(r), "correction");
			};
		}
		if (!store.close(r, RequestStatus.COMPLETED, outcome, note, now)) {
			return store.find(r.id()).orElseThrow();
		}
		store.event(r.id(), actor, "completed: " + outcome, now);
		Instant expires = now.plus(settings.downloadLinkLifetime());
		String link = "/privacy";
		if (subject != null && (r.type() == RequestType.ACCESS || r.type() == RequestType.PORTABILITY)) {
			link = "/privacy/requests/" + r.reference() + "/download?token=" + links.issue(r.id(), RequestLinks.DOWNLOAD, expires);
		}
		events.publishEvent(new PrivacyRequestCompleted(r.id(), cipher.encrypt(r.requester(), RequestIntake.LINK, link), expires,
				subject != null));
		return store.find(r.id()).orElseThrow();
	}

	/** Refuses with a written reason, which the subject is sent. */
	public PrivacyRequest refuse(PrivacyRequest r, String reason, String actor) {
		requireOpenOrUnverified(r);
		Instant now = clock.instant();
		if (store.close(r, RequestStatus.REFUSED, "refused", reason, now)) {
			store.event(r.id(), actor, "refused with a written reason", now);
			events.publishEvent(new PrivacyRequestRefused(r.id()));
		}
		return store.find(r.id()).orElseThrow();
	}

	/** Puts the answer off to a later day within the law's limit, once, with a reason the subject is sent. */
	public boolean extend(PrivacyRequest r, LocalDate to, String reason, String actor) {
		requireOpen(r);
		if (r.dueOn() == null || !to.isAfter(r.dueOn()) || !store.extend(r, to, reason, clock.instant())) {
			return false;
		}
		store.event(r.id(), actor, "extended to " + to, clock.instant());
		events.publishEvent(new PrivacyRequestExtended(r.id(), to));
		return true;
	}

	public void assign(PrivacyRequest r, SubjectId staff, String actor) {
		requireOpenOrUnverified(r);
		store.assign(r.id(), staff);
		store.event(r.id(), actor, "assigned to staff:" + staff, clock.instant());
	}

	/** Nobody is on the request any more; it shows as unassigned in the queue. */
	public void release(PrivacyRequest r, String actor) {
		requireOpenOrUnverified(r);
		store.assign(r.id(), null);
		store.event(r.id(), actor, "released by its assignee", clock.instant());
	}

	private static void requireOpen(PrivacyRequest r) {
		if (r.status() != RequestStatus.OPEN) {
			throw new IllegalStateException("The request is not open");
		}
	}

	private static void requireOpenOrUnverified(PrivacyRequest r) {
		if (r.status().closed()) {
			throw new IllegalStateException("The request is closed");
		}
	}
}
