package com.wtigg.store.support.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.ErasureAction;
import com.wtigg.store.privacy.Inventory;
import com.wtigg.store.privacy.LegalBasis;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.support.ticket.ThreadMessage;
import com.wtigg.store.support.ticket.Ticket;
import com.wtigg.store.support.ticket.TicketRepository;

/**
 * What support holds about a person: their tickets, the messages of each thread and the
 * screenshots (COL-SUPPORT). Exported whole, the screenshots as Base64; erased by deleting the
 * tickets; kept {@code store.support.retention-years} (at most 7) after the ticket's last activity.
 */
@Component
class SupportPersonalData implements PersonalDataHolder {

	/** The longest a ticket is kept after its last activity, whatever is configured. */
	static final int MAX_YEARS = 7;

	private static final String PURPOSE = "answering the person's inquiry";

	private final JdbcClient jdbc;

	private final TicketRepository tickets;

	private final int retentionYears;

	SupportPersonalData(JdbcClient jdbc, TicketRepository tickets,
			@Value("${store.support.retention-years:7}") int retentionYears) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.retentionYears = Math.max(0, Math.min(MAX_YEARS, retentionYears));
	}

	@Override
	public Inventory inventory() {
		return new Inventory(List.of(
				field("support_ticket.subject_id", DataCategory.IDENTIFIER, PURPOSE),
				field("support_ticket.email_enc", DataCategory.CONTACT, "answering a guest's inquiry by email"),
				field("support_ticket.guest_token_hash", DataCategory.IDENTIFIER, "opening a guest's ticket by its secret link"),
				field("support_ticket.guest_token_enc", DataCategory.IDENTIFIER, "putting the guest's secret link in reply mails"),
				field("support_ticket.topic", DataCategory.SUPPORT, PURPOSE),
				field("support_ticket.order_id", DataCategory.PURCHASES, "answering about the order the person named"),
				field("support_ticket.order_number", DataCategory.PURCHASES, "answering about the order the person named"),
				field("support_ticket.assignee_id", DataCategory.IDENTIFIER, "which staff member handles the inquiry"),
				field("support_message.subject_id", DataCategory.IDENTIFIER, PURPOSE),
				field("support_message.body_enc", DataCategory.SUPPORT, PURPOSE + ", as the person and staff wrote it"),
				field("support_message.staff_id", DataCategory.IDENTIFIER, "which staff member answered"),
				field("support_attachment.subject_id", DataCategory.IDENTIFIER, PURPOSE),
				field("support_attachment.data_enc", DataCategory.SUPPORT, "the screenshots the person sent, re-encoded without metadata")),
				List.of("support_ticket.id", "support_ticket.number", "support_ticket.guest", "support_ticket.language",
						"support_ticket.status", "support_ticket.created_at", "support_ticket.last_activity_at",
						"support_ticket.closed_at", "support_message.id", "support_message.ticket_id", "support_message.author",
						"support_message.created_at", "support_attachment.id", "support_attachment.message_id",
						"support_attachment.ticket_id", "support_attachment.position", "support_attachment.content_type",
						"support_attachment.size_bytes", "support_attachment.width", "support_attachment.height",
						"support_attachment.created_at"));
	}

	private PersonalField field(String column, DataCategory category, String purpose) {
		return new PersonalField(column, category, purpose, LegalBasis.LEGITIMATE_INTEREST,
				retentionYears + " years after the inquiry's last activity, then deleted", ErasureAction.DELETE);
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		List<List<String>> rows = new ArrayList<>();
		List<List<String>> messages = new ArrayList<>();
		List<List<String>> screenshots = new ArrayList<>();
		for (Ticket ticket : tickets.ofSubject(subject)) {
			rows.add(List.of(ticket.number(), ticket.topic().column(), ticket.status().column(), text(ticket.email()),
					text(ticket.orderNumber()), ticket.createdAt().toString(), ticket.lastActivityAt().toString()));
			for (ThreadMessage message : tickets.thread(ticket)) {
				messages.add(List.of(ticket.number(), message.author(), message.createdAt().toString(), text(message.body())));
				for (ThreadMessage.Attachment a : message.attachments()) {
					String data = tickets.attachment(ticket, a.id()).map(s -> Base64.getEncoder().encodeToString(s.bytes()))
						.orElse("");
					screenshots.add(List.of(ticket.number(), a.fileName(), a.contentType(), data));
				}
			}
		}
		export.add("support_tickets", List.of("number", "topic", "status", "email", "order", "created_at", "last_activity_at"), rows);
		export.add("support_messages", List.of("ticket", "author", "written_at", "text"), messages);
		export.add("support_screenshots", List.of("ticket", "file", "content_type", "base64"), screenshots);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	@Override
	@Transactional
	public void erase(SubjectId subject) {
		jdbc.sql("delete from support_ticket where subject_id = ?").param(subject.value()).update();
	}

	@Override
	@Transactional
	public int purgeExpired(Instant now) {
		return jdbc.sql("delete from support_ticket where last_activity_at < ?::timestamptz - make_interval(years => ?)")
			.params(Timestamp.from(now), retentionYears).update();
	}
}
