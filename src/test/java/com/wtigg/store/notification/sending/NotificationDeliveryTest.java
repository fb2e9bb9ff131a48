package com.wtigg.store.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.wtigg.store.StoreTest;
import com.wtigg.store.customer.AccountMail.PasswordChanged;
import com.wtigg.store.customer.AccountMail.ResetPassword;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.customer.account.Sealing;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * The listener and the retry job, driven directly.
 */
@StoreTest
class NotificationDeliveryTest {

	private static final Duration PATIENCE = Duration.ofSeconds(15);

	@Autowired
	AccountMailListener listener;

	@Autowired
	FailedMailRetry retry;

	@Autowired
	DeliveryLogHousekeeping housekeeping;

	@Autowired
	Accounts accounts;

	@Autowired
	Sealing sealing;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcClient jdbc;

	SubjectId customer(String email) {
		return accounts.createCustomer(new EmailAddress(email), "Direct", null, Locale.ENGLISH, "not-a-real-hash",
				LocalDate.of(1990, 1, 1));
	}

	long mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).contains(address)).count();
	}

	static String to(MimeMessage message) {
		try {
			return String.valueOf(Arrays.asList(message.getRecipients(RecipientType.TO)));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	List<String> publicationStatesAbout(SubjectId subject) {
		return jdbc.sql("select coalesce(status, 'none') from event_publication where serialized_event like ?")
			.param("%" + subject.value() + "%").query(String.class).list();
	}

	int deliveriesOf(Object event) {
		return jdbc.sql("select count(*) from notification_sent where event_key = ?")
			.param(EventDigest.of((Record) event)).query(Integer.class).single();
	}

	@Test
	void theListenerInvokedTwiceWithAnEqualEventSendsOneMail() {
		String email = "direct-" + UUID.randomUUID() + "@example.com";
		SubjectId subject = customer(email);
		byte[] link = sealing.seal(subject, "/account/reset/direct");
		Instant expires = Instant.now().plusSeconds(3600);

		listener.on(new ResetPassword(subject, link, expires));
		listener.on(new ResetPassword(subject, link.clone(), expires));

		await().atMost(PATIENCE).until(() -> mailsTo(email) == 1);
		await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> mailsTo(email) == 1);
		assertThat(deliveriesOf(new ResetPassword(subject, link, expires))).isOne();
	}

	@Test
	void theRetryJobSendsWhatFailedWhileTheServerWasAway() {
		String email = "retry-" + UUID.randomUUID() + "@example.com";
		SubjectId subject = customer(email);
		PasswordChanged event = new PasswordChanged(subject, Instant.now());
		smtp.stop();
		try {
			transactions.executeWithoutResult(status -> events.publishEvent(event));
			await().atMost(PATIENCE).until(() -> publicationStatesAbout(subject).equals(List.of("FAILED")));
			// the failed attempt left no record that the mail went out
			assertThat(deliveriesOf(event)).isZero();
		}
		finally {
			smtp.start();
		}

		retry.retryMailsFailedBefore(Duration.ZERO);

		await().atMost(PATIENCE).until(() -> mailsTo(email) == 1);
		await().atMost(PATIENCE).until(() -> publicationStatesAbout(subject).isEmpty());
		assertThat(deliveriesOf(event)).isOne();
	}

	@Test
	void deliveriesAreForgottenAfterTheirRetention() {
		byte[] old = EventDigest.of(new PasswordChanged(SubjectId.random(), Instant.now()));
		byte[] recent = EventDigest.of(new PasswordChanged(SubjectId.random(), Instant.now()));
		jdbc.sql("insert into notification_sent (event_key, mail, handled_at) values (?, 'passwordChanged', now() - interval '91 days')")
			.param(old).update();
		jdbc.sql("insert into notification_sent (event_key, mail, handled_at) values (?, 'passwordChanged', now() - interval '89 days')")
			.param(recent).update();

		housekeeping.forgetOldDeliveries();

		assertThat(jdbc.sql("select count(*) from notification_sent where event_key in (?, ?)").params(old, recent)
			.query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from notification_sent where event_key = ?").param(recent)
			.query(Integer.class).single()).isOne();
	}
}
