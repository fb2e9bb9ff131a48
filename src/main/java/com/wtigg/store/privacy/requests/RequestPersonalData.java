package com.wtigg.store.privacy.requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.ErasureAction;
import com.wtigg.store.privacy.Inventory;
import com.wtigg.store.privacy.LegalBasis;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;

/**
 * The records of data-subject requests are personal data themselves: who asked for what. They are
 * the store's proof that it answered, so an erasure keeps them (their address is under the
 * request's own key, not the erased subject's), and they go 24 months after the request closed;
 * a request whose address was never proven goes with its link.
 */
@Component
class RequestPersonalData implements PersonalDataHolder {

	private static final String PURPOSE = "answering and proving the answer to a data-subject request";

	private static final String RETENTION = "24 months after the request is closed";

	private final RequestStore store;

	private final SubjectCipher cipher;

	private final RequestSettings settings;

	RequestPersonalData(RequestStore store, SubjectCipher cipher, RequestSettings settings) {
		this.store = store;
		this.cipher = cipher;
		this.settings = settings;
	}

	@Override
	public Inventory inventory() {
		return new Inventory(List.of(
				field("privacy_request.subject_id", DataCategory.IDENTIFIER),
				field("privacy_request.requester_id", DataCategory.IDENTIFIER),
				field("privacy_request.email_index", DataCategory.CONTACT),
				field("privacy_request.email", DataCategory.CONTACT),
				field("privacy_request.details", DataCategory.SUPPORT),
				field("privacy_request.order_number", DataCategory.PURCHASES),
				field("privacy_request.about_email", DataCategory.CONTACT),
				field("privacy_request.country", DataCategory.CONTACT),
				field("privacy_request.extension_reason", DataCategory.SUPPORT),
				field("privacy_request.reason", DataCategory.SUPPORT)),
				List.of("privacy_request.id", "privacy_request.reference", "privacy_request.type", "privacy_request.channel",
						"privacy_request.status", "privacy_request.language", "privacy_request.jurisdiction",
						"privacy_request.received_at", "privacy_request.verified_at", "privacy_request.verification",
						"privacy_request.acknowledge_by", "privacy_request.acknowledged_at", "privacy_request.due_on",
						"privacy_request.latest_due_on", "privacy_request.extended_at", "privacy_request.decided_at",
						"privacy_request.outcome", "privacy_request.assigned_to", "privacy_request.closed_at"));
	}

	private static PersonalField field(String column, DataCategory category) {
		return new PersonalField(column, category, PURPOSE, LegalBasis.LEGAL_OBLIGATION, RETENTION, ErasureAction.KEEP_FOR_LAW);
	}

	@Override
	@Transactional(readOnly = true)
	public void export(SubjectId subject, SubjectExport export) {
		List<List<String>> rows = new ArrayList<>();
		for (PrivacyRequest r : store.ofSubject(subject)) {
			rows.add(java.util.Arrays.asList(r.reference(), r.type().code(), r.channel().code(), r.status().code(),
					r.country(), r.jurisdiction().code(), r.receivedAt().toString(), text(r.verifiedAt()),
					r.verification(), text(r.dueOn()), r.outcome(), text(r.closedAt()),
					store.email(r).map(e -> e.value()).orElse(null), store.details(r).orElse(null),
					store.orderNumber(r).orElse(null), store.extensionReason(r).orElse(null), store.reason(r).orElse(null)));
		}
		export.add("privacy_requests", List.of("reference", "type", "channel", "status", "country", "jurisdiction",
				"received_at", "verified_at", "verification", "due_on", "outcome", "closed_at", "email", "details",
				"order_number", "extension_reason", "reason"), rows);
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	@Override
	public void erase(SubjectId subject) {
		// kept as the proof of the answer, the erasure included; it goes with its retention
	}

	@Override
	@Transactional
	public int purgeExpired(Instant now) {
		List<PrivacyRequest> expired = new ArrayList<>(store.closedBefore(now.minus(settings.recordsKept())));
		expired.addAll(store.unverifiedBefore(now.minus(settings.verifyLinkLifetime()).minus(java.time.Duration.ofDays(30))));
		for (PrivacyRequest r : expired) {
			store.delete(r.id());
			cipher.forget(r.requester());
		}
		return expired.size();
	}
}
