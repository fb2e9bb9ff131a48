package com.wtigg.store.privacy.requests;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.PrivacyRequestsApi;
import com.wtigg.store.privacy.SubjectCipher;

/** What the mails about a request say, read from the request with its own key. */
@Service
@Transactional(readOnly = true)
class RequestLetters implements PrivacyRequestsApi {

	private final RequestStore store;

	private final SubjectCipher cipher;

	private final ProcessorNotices notices;

	RequestLetters(RequestStore store, SubjectCipher cipher, ProcessorNotices notices) {
		this.store = store;
		this.cipher = cipher;
		this.notices = notices;
	}

	@Override
	public Optional<NoticeLetter> notice(UUID notice) {
		return notices.find(notice).flatMap(n -> notices.contact(n.processor()).flatMap(email -> jdbcReference(notice)
			.map(reference -> new NoticeLetter(email, n.processorName(), reference, n.kind(), n.references()))));
	}

	private Optional<String> jdbcReference(UUID notice) {
		return store.referenceOfNotice(notice);
	}

	@Override
	public Optional<RequestLetter> letter(UUID request) {
		return store.find(request).flatMap(r -> store.email(r).map(email -> new RequestLetter(email.value(),
				java.util.Locale.forLanguageTag(r.language()), r.reference(), r.type().code(),
				store.reason(r).or(() -> store.extensionReason(r)).orElse(null))));
	}

	@Override
	public Optional<String> unseal(UUID request, byte[] sealed) {
		return store.find(request).flatMap(r -> cipher.decrypt(r.requester(), RequestIntake.LINK, sealed));
	}
}
