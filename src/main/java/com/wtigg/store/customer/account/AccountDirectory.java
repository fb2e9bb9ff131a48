package com.wtigg.store.customer.account;

import java.util.Optional;

import org.springframework.stereotype.Service;

import com.wtigg.store.customer.CustomerApi;
import com.wtigg.store.customer.CustomerProfile;
import com.wtigg.store.customer.MailRecipient;
import com.wtigg.store.shared.SubjectId;

/**
 * Answers other modules' questions about accounts.
 */
@Service
class AccountDirectory implements CustomerApi {

	private final Accounts accounts;

	private final Sealing sealing;

	private final AddressBook addresses;

	AccountDirectory(Accounts accounts, Sealing sealing, AddressBook addresses) {
		this.accounts = accounts;
		this.sealing = sealing;
		this.addresses = addresses;
	}

	@Override
	public Optional<CustomerProfile> profile(SubjectId subject) {
		return accounts.find(subject)
			.filter(a -> a.kind() == AccountKind.CUSTOMER && a.status() != AccountStatus.CLOSED && !a.email().isEmpty())
			.map(a -> new CustomerProfile(a.name() == null ? "" : a.name(), a.email(), a.phone(),
					addresses.of(subject).stream().map(AddressBook.Entry::address).toList()));
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
