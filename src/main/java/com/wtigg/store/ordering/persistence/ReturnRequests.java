package com.wtigg.store.ordering.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;

/**
 * Return and exchange requests, their reasons encrypted under the buyer's key.
 */
@Repository
public class ReturnRequests {

	private static final String FIELD = "order_return_request.reason_enc";

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	ReturnRequests(JdbcClient jdbc, SubjectCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** A request as staff and the buyer see it; the reason is null once the buyer's key is gone. */
	public record Request(UUID id, String kind, @Nullable String reason, Instant createdAt) {

		@Override
		public String toString() {
			return "Request[" + id + "]";
		}
	}

	public UUID add(UUID order, SubjectId subject, String kind, String reason) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into order_return_request (id, order_id, subject_id, kind, reason_enc) values (?, ?, ?, ?, ?)")
			.params(id, order, subject.value(), kind, cipher.encrypt(subject, FIELD, reason)).update();
		jdbc.sql("update shop_order set last_activity_at = now() where id = ?").param(order).update();
		return id;
	}

	/** The subject's return requests by their order, in one query (the subject's copy of their data). */
	public java.util.Map<UUID, List<Request>> ofSubject(SubjectId subject) {
		java.util.Map<UUID, List<Request>> byOrder = new java.util.HashMap<>();
		jdbc.sql("select * from order_return_request where subject_id = ? order by created_at").param(subject.value())
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> byOrder
				.computeIfAbsent(rs.getObject("order_id", UUID.class), k -> new java.util.ArrayList<>())
				.add(new Request(rs.getObject("id", UUID.class), rs.getString("kind"),
						cipher.decrypt(subject, FIELD, rs.getBytes("reason_enc")).orElse(null),
						rs.getTimestamp("created_at").toInstant())));
		return byOrder;
	}

	public List<Request> of(UUID order) {
		return jdbc.sql("select * from order_return_request where order_id = ? order by created_at").param(order)
			.query((rs, n) -> {
				SubjectId subject = new SubjectId(rs.getObject("subject_id", UUID.class));
				return new Request(rs.getObject("id", UUID.class), rs.getString("kind"),
						cipher.decrypt(subject, FIELD, rs.getBytes("reason_enc")).orElse(null),
						rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}
}
