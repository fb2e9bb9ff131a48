package com.wtigg.store.support.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.support.screenshot.Screenshot;

/**
 * The tickets' tables. Every text a person wrote, a guest's address and link token, and every
 * screenshot's bytes are encrypted under the ticket's subject's key; what cannot be decrypted
 * any more reads as null.
 */
@Repository
public class TicketRepository {

	static final String EMAIL = "support_ticket.email";

	static final String TOKEN = "support_ticket.guest_token";

	static final String BODY = "support_message.body";

	static final String DATA = "support_attachment.data";

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	TicketRepository(JdbcClient jdbc, SubjectCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void insert(UUID id, String number, SubjectId subject, @Nullable String guestEmail, byte @Nullable [] tokenHash,
			@Nullable String token, Locale language, Topic topic, @Nullable UUID orderId, @Nullable String orderNumber) {
		jdbc.sql("""
				insert into support_ticket (id, number, subject_id, guest, email_enc, guest_token_hash, guest_token_enc,
				  language, topic, order_id, order_number, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')
				""")
			.params(id, number, subject.value(), guestEmail != null,
					guestEmail == null ? null : cipher.encrypt(subject, EMAIL, guestEmail), tokenHash,
					token == null ? null : cipher.encrypt(subject, TOKEN, token), language.toLanguageTag(), topic.column(),
					orderId, orderNumber)
			.update();
	}

	UUID addMessage(Ticket ticket, String author, @Nullable SubjectId staff, String body) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into support_message (id, ticket_id, subject_id, author, staff_id, body_enc) values (?, ?, ?, ?, ?, ?)")
			.params(id, ticket.id(), ticket.subject().value(), author, staff == null ? null : staff.value(),
					cipher.encrypt(ticket.subject(), BODY, body))
			.update();
		return id;
	}

	void addAttachment(Ticket ticket, UUID message, int position, Screenshot shot) {
		String encoded = Base64.getEncoder().encodeToString(shot.bytes());
		jdbc.sql("""
				insert into support_attachment (id, message_id, ticket_id, subject_id, position, content_type, size_bytes,
				  width, height, data_enc) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), message, ticket.id(), ticket.subject().value(), position, shot.contentType(),
					shot.bytes().length, shot.width(), shot.height(), cipher.encrypt(ticket.subject(), DATA, encoded))
			.update();
	}

	/** Sets the status and counts the change as activity (retention runs from the last activity). */
	boolean move(UUID id, TicketStatus status) {
		return jdbc.sql("""
				update support_ticket set status = ?, last_activity_at = now(),
				  closed_at = case when ? = 'closed' then now() else null end where id = ?
				""").params(status.column(), status.column(), id).update() == 1;
	}

	void assign(UUID id, SubjectId staff) {
		jdbc.sql("update support_ticket set assignee_id = ? where id = ?").params(staff.value(), id).update();
	}

	public Optional<Ticket> find(UUID id) {
		return jdbc.sql("select * from support_ticket where id = ?").param(id).query(this::ticket).optional();
	}

	public Optional<Ticket> findByNumber(String number) {
		return jdbc.sql("select * from support_ticket where number = ?").param(number).query(this::ticket).optional();
	}

	public Optional<Ticket> findByGuestToken(byte[] tokenHash) {
		return jdbc.sql("select * from support_ticket where guest_token_hash = ?").param(tokenHash).query(this::ticket)
			.optional();
	}

	public List<Ticket> ofSubject(SubjectId subject) {
		return jdbc.sql("select * from support_ticket where subject_id = ? order by created_at desc")
			.param(subject.value()).query(this::ticket).list();
	}

	/** A page of the queue: tickets of the status, the longest waiting first. */
	public List<Ticket> queue(TicketStatus status, int page, int size) {
		return jdbc.sql("select * from support_ticket where status = ? order by last_activity_at, id limit ? offset ?")
			.params(status.column(), size, (long) (page - 1) * size).query(this::ticket).list();
	}

	public Map<TicketStatus, Integer> counts() {
		return jdbc.sql("select status, count(*) from support_ticket group by status")
			.query((rs, n) -> Map.entry(TicketStatus.of(rs.getString(1)).orElseThrow(), rs.getInt(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The guest's link token, for the link in a mail; empty for a customer or once the key is gone. */
	Optional<String> guestToken(UUID ticket, SubjectId subject) {
		return jdbc.sql("select guest_token_enc from support_ticket where id = ? and guest_token_enc is not null")
			.param(ticket).query(byte[].class).optional().flatMap(enc -> cipher.decrypt(subject, TOKEN, enc));
	}

	public List<ThreadMessage> thread(Ticket ticket) {
		Map<UUID, List<ThreadMessage.Attachment>> attachments = jdbc.sql("""
				select id, message_id, position, content_type, size_bytes, width, height from support_attachment
				where ticket_id = ? order by position
				""").param(ticket.id())
			.query((rs, n) -> Map.entry(rs.getObject("message_id", UUID.class),
					new ThreadMessage.Attachment(rs.getObject("id", UUID.class), rs.getInt("position"),
							rs.getString("content_type"), rs.getInt("size_bytes"), rs.getInt("width"), rs.getInt("height"))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("select * from support_message where ticket_id = ? order by created_at, id").param(ticket.id())
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new ThreadMessage(id, rs.getString("author"),
						cipher.decrypt(ticket.subject(), BODY, rs.getBytes("body_enc")).orElse(null),
						rs.getTimestamp("created_at").toInstant(), attachments.getOrDefault(id, List.of()));
			}).list();
	}

	/** A screenshot's bytes and type, if it belongs to this ticket and its key is still there. */
	public Optional<Screenshot> attachment(Ticket ticket, UUID attachment) {
		return jdbc.sql("select content_type, width, height, data_enc from support_attachment where id = ? and ticket_id = ?")
			.params(attachment, ticket.id())
			.query((rs, n) -> {
				String type = rs.getString("content_type");
				int width = rs.getInt("width");
				int height = rs.getInt("height");
				return cipher.decrypt(ticket.subject(), DATA, rs.getBytes("data_enc"))
					.map(data -> new Screenshot(Base64.getDecoder().decode(data), type, width, height));
			})
			.optional().flatMap(o -> o);
	}

	private Ticket ticket(ResultSet rs, int row) throws SQLException {
		SubjectId subject = new SubjectId(rs.getObject("subject_id", UUID.class));
		byte[] email = rs.getBytes("email_enc");
		UUID assignee = rs.getObject("assignee_id", UUID.class);
		return new Ticket(rs.getObject("id", UUID.class), rs.getString("number"), subject, rs.getBoolean("guest"),
				email == null ? null : cipher.decrypt(subject, EMAIL, email).orElse(null),
				Locale.forLanguageTag(rs.getString("language")), Topic.of(rs.getString("topic")).orElseThrow(),
				rs.getObject("order_id", UUID.class), rs.getString("order_number"),
				TicketStatus.of(rs.getString("status")).orElseThrow(), assignee == null ? null : new SubjectId(assignee),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_activity_at")));
	}

	private static java.time.Instant instant(Timestamp at) {
		return at.toInstant();
	}
}
