package com.wtigg.store.support.backoffice;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.ordering.OrderSummary;
import com.wtigg.store.ordering.OrderingApi;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;
import com.wtigg.store.support.screenshot.Screenshot;
import com.wtigg.store.support.screenshot.ScreenshotDownload;
import com.wtigg.store.support.ticket.MessageText;
import com.wtigg.store.support.ticket.Ticket;
import com.wtigg.store.support.ticket.TicketNumbers;
import com.wtigg.store.support.ticket.TicketRepository;
import com.wtigg.store.support.ticket.TicketStatus;
import com.wtigg.store.support.ticket.Tickets;

/**
 * The back office's support queue: tickets by status, the longest waiting first; each ticket's
 * page with the thread, the person's orders (linked to the order's page) and other tickets; assign,
 * reply, close. Every view of a ticket and of a screenshot is recorded in the audit log.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPPORT_AGENT', 'ADMIN')")
class SupportQueueController {

	static final int PAGE_SIZE = 50;

	private final TicketRepository repository;

	private final Tickets tickets;

	private final OrderingApi orders;

	private final AuditLog audit;

	SupportQueueController(TicketRepository repository, Tickets tickets, OrderingApi orders, AuditLog audit) {
		this.repository = repository;
		this.tickets = tickets;
		this.orders = orders;
		this.audit = audit;
	}

	@GetMapping("/admin/support")
	String queue(@RequestParam(defaultValue = "open") String status, @RequestParam(defaultValue = "1") String page,
			HttpServletResponse response, Model model) {
		Optional<TicketStatus> chosen = TicketStatus.of(status);
		if (chosen.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		TicketStatus shown = chosen.orElse(TicketStatus.OPEN);
		model.addAttribute("status", shown);
		model.addAttribute("statuses", TicketStatus.values());
		var counts = repository.counts();
		int pages = Math.max(1, (counts.getOrDefault(shown, 0) + PAGE_SIZE - 1) / PAGE_SIZE);
		int pageNumber = page.matches("\\d{1,6}") ? Math.min(pages, Math.max(1, Integer.parseInt(page))) : 1;
		model.addAttribute("counts", counts);
		model.addAttribute("page", pageNumber);
		model.addAttribute("pages", pages);
		model.addAttribute("tickets", chosen.isEmpty() ? List.of() : repository.queue(shown, pageNumber, PAGE_SIZE));
		model.addAttribute("me", staff().subject());
		return "support/admin-queue";
	}

	@GetMapping("/admin/support/{number}")
	String ticket(@PathVariable String number, @RequestParam(required = false) String done, Model model) {
		Ticket ticket = ticket(number);
		audit.record(new AuditEntry(staff().actor(), "support.ticket.viewed", ticket.subject(), "support",
				"ticket " + ticket.number()));
		return page(model, ticket, "", new FormErrors(), done != null);
	}

	@PostMapping("/admin/support/{number}/assign")
	String assign(@PathVariable String number) {
		Ticket ticket = ticket(number);
		tickets.assign(ticket, staff().subject());
		return "redirect:/admin/support/" + ticket.number() + "?done";
	}

	@PostMapping("/admin/support/{number}/close")
	String close(@PathVariable String number) {
		Ticket ticket = ticket(number);
		tickets.close(ticket);
		return "redirect:/admin/support/" + ticket.number() + "?done";
	}

	@PostMapping("/admin/support/{number}/reply")
	String reply(@PathVariable String number, @RequestParam(required = false) String reply, HttpServletResponse response,
			Model model) {
		Ticket ticket = ticket(number);
		String body = MessageText.normalise(reply);
		FormErrors errors = new FormErrors();
		MessageText.check(body, errors, "reply");
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, ticket, MessageText.shown(body), errors, false);
		}
		tickets.staffReply(ticket, staff().subject(), body);
		return "redirect:/admin/support/" + ticket.number() + "?done";
	}

	@GetMapping("/admin/support/{number}/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable String number, @PathVariable String id) {
		Ticket ticket = ticket(number);
		java.util.UUID attachment = ScreenshotDownload.id(id).orElseThrow(NotFoundException::new);
		Screenshot shot = repository.attachment(ticket, attachment).orElseThrow(NotFoundException::new);
		int position = repository.thread(ticket).stream().flatMap(m -> m.attachments().stream())
			.filter(a -> a.id().equals(attachment)).findFirst().map(a -> a.position()).orElse(1);
		audit.record(new AuditEntry(staff().actor(), "support.attachment.viewed", ticket.subject(), "support",
				"ticket " + ticket.number()));
		return ScreenshotDownload.of(shot, shot.fileName(position));
	}

	private String page(Model model, Ticket ticket, String reply, FormErrors errors, boolean done) {
		List<OrderSummary> theirs = orders.ordersOf(ticket.subject());
		if (theirs.isEmpty() && ticket.orderId() != null && ticket.orderNumber() != null) {
			// a guest's order has a subject of its own: the ticket names it
			theirs = ticket.email() == null ? List.of()
					: orders.orderPlacedWith(ticket.email(), ticket.orderNumber()).map(List::of).orElse(List.of());
		}
		List<Ticket> others = repository.ofSubject(ticket.subject()).stream().filter(t -> !t.id().equals(ticket.id())).toList();
		model.addAttribute("page", new StaffTicketPage(ticket, repository.thread(ticket), theirs, others,
				staff().subject().equals(ticket.assignee()), reply, errors, done));
		return "support/admin-ticket";
	}

	private Ticket ticket(String number) {
		return TicketNumbers.parse(number).flatMap(repository::findByNumber).orElseThrow(NotFoundException::new);
	}

	private static SignedIn staff() {
		return SignedIn.current().orElseThrow(NotFoundException::new);
	}
}
