package com.wtigg.store.customer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

import com.wtigg.store.shared.SubjectId;

/**
 * Collects the account mail events a test causes, and opens their sealed links as the mail's
 * reader would.
 */
@TestConfiguration
public class MailEvents {

	private final List<AccountMail> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(AccountMail event) {
		events.add(event);
	}

	public <T extends AccountMail> List<T> of(Class<T> type, SubjectId subject) {
		return events.stream().filter(type::isInstance).map(type::cast).filter(e -> e.subject().equals(subject)).toList();
	}

	public <T extends AccountMail> List<T> of(Class<T> type) {
		return events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The newest event of the type for the subject, waiting a little for it. */
	public <T extends AccountMail> T last(Class<T> type, SubjectId subject) {
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !of(type, subject).isEmpty());
		return of(type, subject).getLast();
	}
}
