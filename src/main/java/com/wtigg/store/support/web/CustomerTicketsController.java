package com.wtigg.store.support.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;
import com.wtigg.store.support.ticket.Ticket;
import com.wtigg.store.support.ticket.TicketNumbers;
import com.wtigg.store.support.ticket.TicketRepository;
import com.wtigg.store.support.ticket.Tickets;

/**
 * A signed-in customer's tickets: the list, each ticket's thread with the reply form, and its
 * screenshots. Another person's ticket is a page that does not exist.
 */
@Controller
class CustomerTicketsController {

	private final TicketRepository repository;

	private final TicketViews views;

	CustomerTicketsController(TicketRepository repository, TicketViews views) {
		this.repository = repository;
		this.views = views;
	}

	@GetMapping("/account/support")
	String list(Model model) {
		model.addAttribute("tickets", repository.ofSubject(me().subject()));
		return "support/list";
	}

	@GetMapping("/account/support/{number}")
	String ticket(@PathVariable String number, @RequestParam(required = false) String sent, Model model) {
		Ticket ticket = mine(number);
		return views.page(model, ticket, Tickets.CUSTOMER_PATH + ticket.number(), "", new FormErrors(), sent != null);
	}

	@PostMapping("/account/support/{number}/reply")
	String reply(@PathVariable String number, @RequestParam(required = false) String reply, HttpServletResponse response,
			Model model) {
		Ticket ticket = mine(number);
		return views.reply(model, ticket, Tickets.CUSTOMER_PATH + ticket.number(), reply, response);
	}

	@GetMapping("/account/support/{number}/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable String id) {
		return views.download(mine(number), id);
	}

	private Ticket mine(String number) {
		SignedIn me = me();
		return TicketNumbers.parse(number).flatMap(repository::findByNumber).filter(t -> t.subject().equals(me.subject()))
			.orElseThrow(NotFoundException::new);
	}

	private static SignedIn me() {
		return SignedIn.current().orElseThrow(NotFoundException::new);
	}
}
