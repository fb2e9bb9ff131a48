package com.wtigg.store.notification.sending;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wtigg.store.customer.MailRecipient;
import com.wtigg.store.support.SupportApi;
import com.wtigg.store.support.SupportMail.SupportReplied;
import com.wtigg.store.support.SupportMailView;

/**
 * Turns each staff reply to a ticket into a short notice to the person who asked, with the
 * ticket's link and number only: the reply's text stays on the ticket's page. Sent once, like
 * every event's mail; a ticket that is gone, or whose person's key was destroyed, gets no mail.
 */
@Component
class SupportMailListener {

	private final MailDelivery delivery;

	private final SupportApi support;

	private final MailLinks links;

	SupportMailListener(MailDelivery delivery, SupportApi support, MailLinks links) {
		this.delivery = delivery;
		this.support = support;
		this.links = links;
	}

	@ApplicationModuleListener
	void on(SupportReplied event) {
		delivery.once(event, () -> support.mailView(event.ticketId()).map(this::letter));
	}

	private Letter letter(SupportMailView ticket) {
		return new Letter(new MailRecipient(ticket.email(), "", ticket.language()),
				Map.of("link", links.absolute(ticket.ticketPath()), "number", ticket.ticketNumber()));
	}
}
