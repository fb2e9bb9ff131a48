package com.wtigg.store.marketing.subscription;

import java.util.EnumSet;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wtigg.store.marketing.Topic;
import com.wtigg.store.privacy.ConsentsWithdrawn;
import com.wtigg.store.privacy.ErasedAddresses;
import com.wtigg.store.privacy.SubjectDirectory;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Marketing's part in data-subject requests: the subscriber of an address is found for its
 * erasure or withdrawal, a withdrawal of every consent ends every topic at once, and an erased
 * address goes on the suppression list so that no import or sign-up mails it again unasked.
 */
@Component
class MarketingPrivacyRequests implements SubjectDirectory, ErasedAddresses {

	private final Subscriptions subscriptions;

	private final JdbcClient jdbc;

	MarketingPrivacyRequests(Subscriptions subscriptions, JdbcClient jdbc) {
		this.subscriptions = subscriptions;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<SubjectMatch> find(EmailAddress email, @Nullable String orderNumber) {
		return subscriptions.subscriberOf(email).map(s -> new SubjectMatch(s, false));
	}

	@Override
	public Optional<EmailAddress> address(SubjectId subject) {
		return Optional.empty();
	}

	@Override
	public void erased(EmailAddress address) {
		jdbc.sql("insert into marketing_suppression (email_index) values (?) on conflict do nothing")
			.param(subscriptions.index(address)).update();
	}

	@ApplicationModuleListener
	void on(ConsentsWithdrawn event) {
		subscriptions.withdraw(event.subject(), EnumSet.allOf(Topic.class), "privacy_request");
	}
}
