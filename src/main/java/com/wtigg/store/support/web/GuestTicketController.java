package com.wtigg.store.support.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.shared.crypto.RandomTokens;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;
import com.wtigg.store.support.ticket.Ticket;
import com.wtigg.store.support.ticket.TicketRepository;
import com.wtigg.store.support.ticket.Tickets;

/**
 * A guest's ticket, opened by its secret link: the table holds only the token's digest (and the
 * token encrypted under the guest's key, for the link in reply mails). A wrong token is a page
 * that does not exist.
 */
@Controller
class GuestTicketController {

	private final TicketRepository repository;

	private final TicketViews views;

	GuestTicketController(TicketRepository repository, TicketViews views) {
		this.repository = repository;
		this.views = views;
	}

	@GetMapping("/support/t/{token}")
	String ticket(@PathVariable String token, @RequestParam(required = false) String sent, Model model) {
		return views.page(model, byToken(token), Tickets.GUEST_PATH + token, "", new FormErrors(), sent != null);
	}

	@PostMapping("/support/t/{token}/reply")
	String reply(@PathVariable String token, @RequestParam(required = false) String reply, HttpServletResponse response,
			Model model) {
		return views.reply(model, byToken(token), Tickets.GUEST_PATH + token, reply, response);
	}

	@GetMapping("/support/t/{token}/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable String token, @PathVariable String id) {
		return views.download(byToken(token), id);
	}

	private Ticket byToken(String token) {
		if (!RandomTokens.wellFormed(token)) {
			throw new NotFoundException();
		}
		return repository.findByGuestToken(RandomTokens.digest(token)).filter(Ticket::guest)
			.orElseThrow(NotFoundException::new);
	}
}
