package com.wtigg.store.notification.sending;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which events' mails were already handled, by the events' digests ({@code notification_sent}).
 */
@Repository
class DeliveryLog {

	private final JdbcClient jdbc;

	DeliveryLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the event's mail on in the caller's transaction; false when it was handled already. A
	 * concurrent delivery of the same event waits here until the first one commits or rolls back.
	 */
	boolean claim(byte[] eventKey, String mail) {
		return jdbc.sql("insert into notification_sent (event_key, mail) values (?, ?) on conflict do nothing")
			.params(eventKey, mail).update() == 1;
	}

	/** Notes that the mail had nobody to go to (the account or its key is gone). */
	void noRecipient(byte[] eventKey) {
		jdbc.sql("update notification_sent set outcome = 'no_recipient' where event_key = ?").param(eventKey).update();
	}

	int forgetBefore(Instant cutoff) {
		return jdbc.sql("delete from notification_sent where handled_at < ?").param(Timestamp.from(cutoff)).update();
	}
}
