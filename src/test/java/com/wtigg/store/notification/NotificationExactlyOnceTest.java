package com.wtigg.store.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import com.wtigg.store.StoreTest;
import com.wtigg.store.customer.AccountMail.PasswordChanged;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * A mail goes out once however its event arrives: again after a failed attempt, or several
 * times at once.
 */
@StoreTest
class NotificationExactlyOnceTest {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	GreenMail smtp;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	SubjectId customer(String email) {
		return accounts.createCustomer(new EmailAddress(email), "Once", null, Locale.ENGLISH, "not-a-real-hash",
				LocalDate.of(1990, 1, 1));
	}

	List<String> publicationStatesAbout(SubjectId subject) {
		return jdbc.sql("select coalesce(status, 'none') from event_publication where serialized_event like ?")
			.param("%" + subject.value() + "%").query(String.class).list();
	}

	@Test
	void aMailThatCouldNotBeSentIsSentOnceWhenItsPublicationIsResubmitted() {
		String email = "once-" + UUID.randomUUID() + "@example.com";
		SubjectId subject = customer(email);
		PasswordChanged event = new PasswordChanged(subject, Instant.now());
		Inbox inbox = new Inbox(smtp);
		smtp.stop();
		try {
			// the event is committed, then the SMTP server is down: the listener's attempt fails
			transactions.executeWithoutResult(status -> events.publishEvent(event));
			await().atMost(PATIENCE).until(() -> publicationStatesAbout(subject).equals(List.of("FAILED")));
		}
		finally {
			smtp.start();
		}
		assertThat(inbox.to(email)).isEmpty();

		incomplete.resubmitIncompletePublications(
				publication -> publication.getEvent() instanceof PasswordChanged p && p.subject().equals(subject));

		await().atMost(PATIENCE).until(() -> inbox.to(email).size() == 1);
		await().atMost(PATIENCE).until(() -> publicationStatesAbout(subject).isEmpty());

		// the same event once more (as after a crash before its completion was recorded): nothing sent
		transactions.executeWithoutResult(status -> events.publishEvent(event));
		await().atMost(PATIENCE).until(() -> publicationStatesAbout(subject).isEmpty());
		assertThat(inbox.to(email)).hasSize(1);
	}

	@Test
	void equalEventsDeliveredAtTheSameTimeSendOneMail() {
		String email = "together-" + UUID.randomUUID() + "@example.com";
		SubjectId subject = customer(email);
		PasswordChanged event = new PasswordChanged(subject, Instant.now());
		Inbox inbox = new Inbox(smtp);
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 4; i++) {
				events.publishEvent(new PasswordChanged(subject, event.at()));
			}
		});

		await().atMost(PATIENCE).until(() -> publicationStatesAbout(subject).isEmpty());
		assertThat(inbox.to(email)).hasSize(1);
	}
}
