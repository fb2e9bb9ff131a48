package com.wtigg.store.support.ticket;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.customer.CustomerApi;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.crypto.RandomTokens;
import com.wtigg.store.support.SupportApi;
import com.wtigg.store.support.SupportMail;
import com.wtigg.store.support.SupportMailView;

/**
 * Opens tickets and carries their threads: a message of the person opens the ticket again, a
 * staff reply marks it answered and leaves an event in the outbox, after which the person gets a
 * short notice by mail with the ticket's link (never the reply's text).
 */
@Service
public class Tickets implements SupportApi {

	/** Where a guest's secret link points; the token follows. */
	public static final String GUEST_PATH = "/support/t/";

	/** Where a customer's ticket pages are; the number follows. */
	public static final String CUSTOMER_PATH = "/account/support/";

	private final TicketRepository tickets;

	private final ApplicationEventPublisher events;

	private final CustomerApi customers;

	Tickets(TicketRepository tickets, ApplicationEventPublisher events, CustomerApi customers) {
		this.tickets = tickets;
		this.events = events;
		this.customers = customers;
	}

	/** Stores the ticket, its first message and its screenshots, all or nothing. */
	@Transactional
	public OpenedTicket open(NewTicket request) {
		SubjectId subject = request.customer() != null ? request.customer() : SubjectId.random();
		String token = request.customer() == null ? RandomTokens.next() : null;
		UUID id = UUID.randomUUID();
		String number = TicketNumbers.next();
		tickets.insert(id, number, subject, request.guestEmail(), token == null ? null : RandomTokens.digest(token), token,
				request.language(), request.topic(), request.order() == null ? null : request.order().id(),
				request.order() == null ? null : request.order().number());
		Ticket ticket = tickets.find(id).orElseThrow();
		UUID message = tickets.addMessage(ticket, "customer", null, request.message());
		for (int i = 0; i < request.screenshots().size(); i++) {
			tickets.addAttachment(ticket, message, i + 1, request.screenshots().get(i));
		}
		return new OpenedTicket(number, token == null ? null : GUEST_PATH + token);
	}

	/** The person wrote again: the ticket is open for staff again. */
	@Transactional
	public void customerReply(Ticket ticket, String body) {
		tickets.addMessage(ticket, "customer", null, body);
		tickets.move(ticket.id(), TicketStatus.OPEN);
	}

	/** Staff answered: the ticket waits for the person, who gets a mail. */
	@Transactional
	public void staffReply(Ticket ticket, SubjectId staff, String body) {
		UUID message = tickets.addMessage(ticket, "staff", staff, body);
		tickets.move(ticket.id(), TicketStatus.ANSWERED);
		if (ticket.assignee() == null) {
			tickets.assign(ticket.id(), staff);
		}
		events.publishEvent(new SupportMail.SupportReplied(ticket.id(), ticket.subject(), message));
	}

	@Transactional
	public void assign(Ticket ticket, SubjectId staff) {
		tickets.assign(ticket.id(), staff);
	}

	@Transactional
	public void close(Ticket ticket) {
		tickets.move(ticket.id(), TicketStatus.CLOSED);
	}

	@Override
	public Optional<SupportMailView> mailView(UUID ticketId) {
		return tickets.find(ticketId).flatMap(ticket -> {
			if (ticket.guest()) {
				return tickets.guestToken(ticket.id(), ticket.subject()).filter(t -> ticket.email() != null)
					.map(token -> new SupportMailView(ticket.email(), ticket.language(), ticket.number(), GUEST_PATH + token));
			}
			return customers.recipient(ticket.subject()).map(to -> new SupportMailView(to.email(), to.language(),
					ticket.number(), CUSTOMER_PATH + ticket.number()));
		});
	}
}
