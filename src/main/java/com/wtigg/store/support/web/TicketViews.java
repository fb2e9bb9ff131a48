package com.wtigg.store.support.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;
import com.wtigg.store.support.screenshot.Screenshot;
import com.wtigg.store.support.screenshot.ScreenshotDownload;
import com.wtigg.store.support.ticket.MessageText;
import com.wtigg.store.support.ticket.Ticket;
import com.wtigg.store.support.ticket.TicketRepository;
import com.wtigg.store.support.ticket.Tickets;

/**
 * What the customer's and the guest's ticket pages share: the thread, the reply, the screenshot
 * download (always as an attachment, never shown inline, and never sniffed as anything else).
 */
@Component
class TicketViews {

	private final TicketRepository repository;

	private final Tickets tickets;

	TicketViews(TicketRepository repository, Tickets tickets) {
		this.repository = repository;
		this.tickets = tickets;
	}

	String page(Model model, Ticket ticket, String base, String reply, FormErrors errors, boolean sent) {
		model.addAttribute("page", new TicketPage(ticket, repository.thread(ticket), base, MessageText.shown(reply), errors, sent));
		return "support/ticket";
	}

	String reply(Model model, Ticket ticket, String base, String typed, HttpServletResponse response) {
		String body = MessageText.normalise(typed);
		FormErrors errors = new FormErrors();
		MessageText.check(body, errors, "reply");
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, ticket, base, body, errors, false);
		}
		tickets.customerReply(ticket, body);
		return "redirect:" + base + "?sent";
	}

	/** A screenshot of the ticket as a download. */
	ResponseEntity<byte[]> download(Ticket ticket, String attachment) {
		UUID id = parse(attachment);
		Screenshot shot = repository.attachment(ticket, id).orElseThrow(NotFoundException::new);
		int position = repository.thread(ticket).stream().flatMap(m -> m.attachments().stream())
			.filter(a -> a.id().equals(id)).findFirst().map(a -> a.position()).orElse(1);
		return ScreenshotDownload.of(shot, shot.fileName(position));
	}

	static UUID parse(String id) {
		return ScreenshotDownload.id(id).orElseThrow(NotFoundException::new);
	}
}
