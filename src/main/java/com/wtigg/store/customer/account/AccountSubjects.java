package com.wtigg.store.customer.account;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.SubjectDirectory;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/** Finds the account of an address for a data-subject request (an address alone proves no order). */
@Component
@Transactional(readOnly = true)
class AccountSubjects implements SubjectDirectory {

	private final Accounts accounts;

	AccountSubjects(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<SubjectMatch> find(EmailAddress email, @Nullable String orderNumber) {
		return accounts.findByEmail(email).map(a -> new SubjectMatch(a.subject(), false));
	}

	@Override
	public Optional<EmailAddress> address(SubjectId subject) {
		return accounts.find(subject).flatMap(a -> EmailAddress.parse(a.email()));
	}
}
