package com.wtigg.store.support.web;

import java.util.List;

import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.support.ticket.ThreadMessage;
import com.wtigg.store.support.ticket.Ticket;

/**
 * A ticket's page for the person who sent it: the thread, its screenshots' links and the reply form.
 *
 * @param base the ticket's path ({@code /account/support/<number>} or the guest's secret link)
 */
public record TicketPage(Ticket ticket, List<ThreadMessage> thread, String base, String reply, FormErrors errors,
		boolean sent) {
}
