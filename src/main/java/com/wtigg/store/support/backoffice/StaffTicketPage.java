package com.wtigg.store.support.backoffice;

import java.util.List;

import com.wtigg.store.ordering.OrderSummary;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.support.ticket.ThreadMessage;
import com.wtigg.store.support.ticket.Ticket;

/**
 * A ticket as support staff see it: the thread, the person's orders and other tickets, who has it,
 * and the reply form.
 *
 * @param mine whether the ticket is assigned to the staff member looking at it
 */
public record StaffTicketPage(Ticket ticket, List<ThreadMessage> thread, List<OrderSummary> orders,
		List<Ticket> otherTickets, boolean mine, String reply, FormErrors errors, boolean done) {
}
