package com.wtigg.store.privacy.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * The table of requests, their events and their links. Addresses, details and reasons are
 * encrypted under the request's own requester key.
 */
@Repository
class RequestStore {

	static final String EMAIL = "privacy.request.email";

	private static final String DETAILS = "privacy.request.details";

	private static final String ORDER = "privacy.request.order";

	private static final String ABOUT = "privacy.request.about";

	private static final String REASON = "privacy.request.reason";

	private static final String EXTENSION = "privacy.request.extension";

	private static final String COLUMNS = "id, reference, type, channel, status, requester_id, subject_id, language, country, "
			+ "jurisdiction, received_at, verified_at, verification, acknowledge_by, acknowledged_at, due_on, latest_due_on, "
			+ "extended_at, decided_at, outcome, assigned_to, closed_at";

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	RequestStore(JdbcClient jdbc, SubjectCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	byte[] emailIndex(EmailAddress email) {
		return cipher.blindIndex(EMAIL, email.value());
	}

	void insert(PrivacyRequest r, EmailAddress email, @Nullable String details, @Nullable String orderNumber) {
		jdbc.sql("""
				insert into privacy_request (id, reference, type, channel, status, requester_id, subject_id, email_index, email,
				  details, order_number, language, country, jurisdiction, received_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.reference(), r.type().code(), r.channel().code(), r.status().code(), r.requester().value(),
					r.subject() == null ? null : r.subject().value(), emailIndex(email),
					cipher.encrypt(r.requester(), EMAIL, email.value()),
					details == null || details.isBlank() ? null : cipher.encrypt(r.requester(), DETAILS, details),
					orderNumber == null ? null : cipher.encrypt(r.requester(), ORDER, orderNumber),
					r.language(), r.country(), r.jurisdiction().code(), Timestamp.from(r.receivedAt()))
			.update();
	}

	Optional<PrivacyRequest> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from privacy_request where id = ?").param(id).query(RequestStore::row).optional();
	}

	Optional<PrivacyRequest> findByReference(String reference) {
		return jdbc.sql("select " + COLUMNS + " from privacy_request where reference = ?").param(reference)
			.query(RequestStore::row).optional();
	}

	/** An unclosed request of the same type from the same address: a second one is the same request. */
	Optional<PrivacyRequest> openDuplicate(EmailAddress email, RequestType type) {
		return jdbc.sql("select " + COLUMNS + " from privacy_request where email_index = ? and type = ? and closed_at is null "
				+ "order by received_at desc limit 1")
			.params(emailIndex(email), type.code()).query(RequestStore::row).optional();
	}

	List<PrivacyRequest> ofSubject(SubjectId subject) {
		return jdbc.sql("select " + COLUMNS + " from privacy_request where subject_id = ? order by received_at desc")
			.param(subject.value()).query(RequestStore::row).list();
	}

	List<PrivacyRequest> list(RequestFilter filter) {
		return jdbc.sql("select " + COLUMNS + " from privacy_request where (cast(? as text) is null or type = ?) "
				+ "and (cast(? as text) is null or status = ?) and (cast(? as date) is null or due_on <= ?) "
				+ "and (cast(? as uuid) is null or assigned_to = ?) and (not ? or assigned_to is null) order by closed_at is not null, due_on nulls last, received_at")
			.params(filter.typeCode(), filter.typeCode(), filter.statusCode(), filter.statusCode(), filter.dueBy(), filter.dueBy(),
					filter.assignedToValue(), filter.assignedToValue(), filter.unassigned())
			.query(RequestStore::row).list();
	}

	Optional<EmailAddress> email(PrivacyRequest r) {
		return jdbc.sql("select email from privacy_request where id = ?").param(r.id()).query(byte[].class).optional()
			.flatMap(e -> cipher.decrypt(r.requester(), EMAIL, e)).flatMap(EmailAddress::parse);
	}

	Optional<String> details(PrivacyRequest r) {
		return text(r, "details", DETAILS);
	}

	Optional<String> orderNumber(PrivacyRequest r) {
		return text(r, "order_number", ORDER);
	}

	/** A child's account a report names (MIN-DELETE). */
	void about(PrivacyRequest r, EmailAddress child) {
		jdbc.sql("update privacy_request set about_email = ? where id = ?")
			.params(cipher.encrypt(r.requester(), ABOUT, child.value()), r.id()).update();
	}

	Optional<EmailAddress> aboutEmail(PrivacyRequest r) {
		return text(r, "about_email", ABOUT).flatMap(EmailAddress::parse);
	}

	Optional<String> reason(PrivacyRequest r) {
		return text(r, "reason", REASON);
	}

	Optional<String> extensionReason(PrivacyRequest r) {
		return text(r, "extension_reason", EXTENSION);
	}

	private Optional<String> text(PrivacyRequest r, String column, String field) {
		return jdbc.sql("select " + column + " from privacy_request where id = ? and " + column + " is not null")
			.param(r.id()).query(byte[].class).optional().flatMap(e -> cipher.decrypt(r.requester(), field, e));
	}

	void verified(UUID id, @Nullable SubjectId subject, String how, Instant at, Deadline deadline) {
		jdbc.sql("""
				update privacy_request set status = 'open', subject_id = ?, verification = ?, verified_at = ?,
				  acknowledge_by = ?, due_on = ?, latest_due_on = ? where id = ? and verified_at is null""")
			.params(subject == null ? null : subject.value(), how, Timestamp.from(at), deadline.acknowledgeBy(),
					deadline.dueOn(), deadline.latestExtendedDueOn(), id)
			.update();
	}

	void acknowledged(UUID id, Instant at) {
		jdbc.sql("update privacy_request set acknowledged_at = ? where id = ? and acknowledged_at is null")
			.params(Timestamp.from(at), id).update();
	}

	boolean extend(PrivacyRequest r, LocalDate to, String reason, Instant at) {
		return jdbc.sql("""
				update privacy_request set due_on = ?, extended_at = ?, extension_reason = ?
				where id = ? and extended_at is null and closed_at is null and ? <= latest_due_on""")
			.params(to, Timestamp.from(at), cipher.encrypt(r.requester(), EXTENSION, reason), r.id(), to).update() == 1;
	}

	boolean close(PrivacyRequest r, RequestStatus status, String outcome, @Nullable String reason, Instant at) {
		return jdbc.sql("""
				update privacy_request set status = ?, outcome = ?, reason = ?, decided_at = ?, closed_at = ?
				where id = ? and closed_at is null""")
			.params(status.code(), outcome, reason == null ? null : cipher.encrypt(r.requester(), REASON, reason),
					Timestamp.from(at), Timestamp.from(at), r.id())
			.update() == 1;
	}

	void assign(UUID id, @Nullable SubjectId staff) {
		jdbc.sql("update privacy_request set assigned_to = ? where id = ?").params(staff == null ? null : staff.value(), id)
			.update();
	}

	void event(UUID request, String actor, String what, Instant at) {
		jdbc.sql("insert into privacy_request_event (request_id, at, actor, what) values (?, ?, ?, ?)")
			.params(request, Timestamp.from(at), actor, what).update();
	}

	List<RequestEvent> events(UUID request) {
		return jdbc.sql("select at, actor, what from privacy_request_event where request_id = ? order by at, ctid")
			.param(request)
			.query((rs, n) -> new RequestEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("what")))
			.list();
	}

	/** Requests closed before the cutoff, with their requester keys, to be forgotten. */
	List<PrivacyRequest> closedBefore(Instant cutoff) {
		return jdbc.sql("select " + COLUMNS + " from privacy_request where closed_at < ?").param(Timestamp.from(cutoff))
			.query(RequestStore::row).list();
	}

	/** Requests never verified and received before the cutoff (links long expired). */
	List<PrivacyRequest> unverifiedBefore(Instant cutoff) {
		return jdbc.sql("select " + COLUMNS + " from privacy_request where verified_at is null and received_at < ?")
			.param(Timestamp.from(cutoff)).query(RequestStore::row).list();
	}

	Optional<String> referenceOfNotice(UUID notice) {
		return jdbc.sql("select r.reference from privacy_request r join privacy_processor_notice n on n.request_id = r.id where n.id = ?")
			.param(notice).query(String.class).optional();
	}

	void delete(UUID id) {
		jdbc.sql("delete from privacy_request where id = ?").param(id).update();
	}

	private static PrivacyRequest row(ResultSet rs, int n) throws SQLException {
		return new PrivacyRequest(rs.getObject("id", UUID.class), rs.getString("reference"),
				RequestType.valueOf(rs.getString("type").toUpperCase(java.util.Locale.ROOT)),
				RequestChannel.valueOf(rs.getString("channel").toUpperCase(java.util.Locale.ROOT)),
				RequestStatus.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
				new SubjectId(rs.getObject("requester_id", UUID.class)), subject(rs, "subject_id"), rs.getString("language"),
				rs.getString("country"), Jurisdiction.valueOf(rs.getString("jurisdiction").toUpperCase(java.util.Locale.ROOT)),
				instant(rs, "received_at"), instant(rs, "verified_at"), rs.getString("verification"),
				date(rs, "acknowledge_by"), instant(rs, "acknowledged_at"), date(rs, "due_on"), date(rs, "latest_due_on"),
				instant(rs, "extended_at"), instant(rs, "decided_at"), rs.getString("outcome"), subject(rs, "assigned_to"),
				instant(rs, "closed_at"));
	}

	private static @Nullable SubjectId subject(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return id == null ? null : new SubjectId(id);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}
}
