package com.wtigg.store.marketing.subscription;

import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wtigg.store.customer.CustomerApi;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.privacy.ConsentsWithdrawn;
import com.wtigg.store.privacy.ErasedAddresses;
import com.wtigg.store.privacy.SubjectConsents;
import com.wtigg.store.privacy.SubjectDirectory;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * Marketing's part in data-subject requests: the subscriber of an address is found for its
 * erasure or withdrawal, its consents are listed in the privacy center, a withdrawal of every consent ends every topic at once, and an erased
 * address goes on the suppression list so that no import or sign-up mails it again unasked.
 */
@Component
class MarketingPrivacyRequests implements SubjectDirectory, ErasedAddresses, SubjectConsents {

	private final Subscriptions subscriptions;

	private final JdbcClient jdbc;

	private final CustomerApi customers;

	MarketingPrivacyRequests(Subscriptions subscriptions, JdbcClient jdbc, CustomerApi customers) {
		this.subscriptions = subscriptions;
		this.jdbc = jdbc;
		this.customers = customers;
	}

	/** The newsletter consents of the subject, or of the subscription under their account's address. */
	@Override
	public List<ConsentLine> of(SubjectId subject) {
		SubjectId subscriber = customers.recipient(subject).flatMap(to -> EmailAddress.parse(to.email()))
			.flatMap(subscriptions::subscriberOf).orElse(subject);
		return jdbc.sql("select topic, confirmed_at, withdrawn_at from marketing_consent where subject_id = ? "
				+ "and confirmed_at is not null order by confirmed_at desc")
			.param(subscriber.value())
			.query((rs, n) -> {
				Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
				Timestamp given = rs.getTimestamp("confirmed_at");
				return new ConsentLine("marketing.topic." + rs.getString("topic"), null, withdrawn == null,
						(withdrawn == null ? given : withdrawn).toInstant(), "/account#newsletter");
			})
			.list();
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
