package com.wtigg.store.privacy.requests;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.shared.SubjectId;

/** A subject's own requests, newest first, for the privacy center. */
@Service
@Transactional(readOnly = true)
public class SubjectRequests {

	private final RequestStore store;

	SubjectRequests(RequestStore store) {
		this.store = store;
	}

	public List<PrivacyRequest> of(SubjectId subject) {
		return store.ofSubject(subject);
	}
}
