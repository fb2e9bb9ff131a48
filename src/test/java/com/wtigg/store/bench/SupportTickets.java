package com.wtigg.store.bench;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.WebClient;
import com.wtigg.store.shared.SubjectId;

/** The benchmark's support tickets: one sent through the support form, signed in, and copies of its rows. */
final class SupportTickets {

	private SupportTickets() {
	}

	static void make(WebClient signedIn, JdbcClient jdbc, SubjectId subject, int count) {
		if (count == 0) {
			return;
		}
		signedIn.get("/support");
		signedIn.postMultipart("/support", List.of(), "topic", "order", "message",
				"Where is my pendant? It was to arrive on Tuesday, and the tracking page has said in transit since.");
		UUID ticket = jdbc.sql("select id from support_ticket where subject_id = ? order by created_at desc limit 1")
			.param(subject.value()).query(UUID.class).single();
		for (int i = 1; i < count; i++) {
			UUID copy = UUID.randomUUID();
			jdbc.sql("insert into support_ticket select (jsonb_populate_record(null::support_ticket, to_jsonb(t) || "
					+ "jsonb_build_object('id', ?::text, 'number', t.number || '-' || ?::text))).* from support_ticket t where id = ?")
				.params(copy.toString(), Integer.toString(i), ticket).update();
			jdbc.sql("insert into support_message select (jsonb_populate_record(null::support_message, to_jsonb(m) || "
					+ "jsonb_build_object('id', gen_random_uuid()::text, 'ticket_id', ?::text))).* from support_message m where ticket_id = ?")
				.params(copy.toString(), ticket).update();
		}
	}
}
