package com.wtigg.store.marketing.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import org.springframework.stereotype.Component;

import com.wtigg.store.customer.CustomerApi;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.marketing.subscription.Subscriptions;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.web.AccountSection;
import com.wtigg.store.shared.web.PageContext;

/**
 * The account page's newsletter section: what the account's address receives, each withdrawn with
 * one click, and a one-click sign-up (still confirmed by mail) for the rest.
 */
@Component
class NewsletterAccountSection implements AccountSection {

	private final TemplateEngine templates;

	private final Subscriptions subscriptions;

	private final CustomerApi customers;

	NewsletterAccountSection(TemplateEngine templates, Subscriptions subscriptions, CustomerApi customers) {
		this.templates = templates;
		this.subscriptions = subscriptions;
		this.customers = customers;
	}

	@Override
	public Content section(SubjectId subject, PageContext ctx) {
		Optional<SubjectId> subscriber = subscriber(subscriptions, customers, subject);
		Set<Topic> live = subscriber.map(subscriptions::liveTopics).orElse(Set.of());
		Set<Topic> pending = subscriber.map(subscriptions::pendingTopics).orElse(Set.of());
		return output -> templates.render("marketing/account-section.jte",
				Map.of("ctx", ctx, "live", live, "pending", pending), output);
	}

	/** The subscriber of the account's current address, if it subscribed. */
	static Optional<SubjectId> subscriber(Subscriptions subscriptions, CustomerApi customers, SubjectId account) {
		return customers.recipient(account).flatMap(to -> EmailAddress.parse(to.email()))
			.flatMap(subscriptions::subscriberOf);
	}
}
