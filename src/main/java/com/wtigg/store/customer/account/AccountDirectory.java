package com.wtigg.store.customer.account;

import java.util.Optional;

import org.springframework.stereotype.Service;

import com.wtigg.store.customer.CustomerApi;
import com.wtigg.store.customer.MailRecipient;
import com.wtigg.store.shared.SubjectId;

/**
 * Answers other modules' questions about accounts.
 */
@Service
class AccountDirectory implements CustomerApi {

	private final Accounts accounts;

	private final Sealing sealing;

	AccountDirectory(Accounts accounts, Sealing sealing) {
		this.accounts = accounts;
		this.sealing = sealing;
	}

	@Override
	public Optional<MailRecipient> recipient(SubjectId subject) {
		return accounts.find(subject)
			.filter(a -> a.status() != AccountStatus.CLOSED && !a.email().isEmpty())
			.map(a -> new MailRecipient(a.email(), a.name() == null ? "" : a.name(), a.language()));
	}

	@Override
	public Optional<MailRecipient> pendingRecipient(SubjectId subject) {
		return accounts.find(subject)
			.filter(a -> a.pendingEmail() != null)
			.map(a -> new MailRecipient(a.pendingEmail(), a.name() == null ? "" : a.name(), a.language()));
	}

	@Override
	public Optional<String> unseal(SubjectId subject, byte[] sealed) {
		return sealing.unseal(subject, sealed);
	}
}
