package com.wtigg.store.support.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import com.wtigg.store.ordering.OrderSummary;
import com.wtigg.store.ordering.OrderingApi;
import com.wtigg.store.shared.Languages;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.support.screenshot.Screenshot;
import com.wtigg.store.support.ticket.MessageText;
import com.wtigg.store.support.ticket.NewTicket;
import com.wtigg.store.support.ticket.OpenedTicket;
import com.wtigg.store.support.ticket.Tickets;
import com.wtigg.store.support.ticket.Topic;

/**
 * The support form, for guests (with their email) and signed-in customers: a topic, a message, an
 * optional order number that must be one of the person's own orders, and up to five screenshots.
 * A form with any problem is shown again with each message beside its field and a 400, and
 * nothing is stored.
 */
@Controller
class SupportController {

	private final Tickets tickets;

	private final OrderingApi orders;

	private final ScreenshotUploads uploads;

	private final TicketThrottle throttle;

	SupportController(Tickets tickets, OrderingApi orders, ScreenshotUploads uploads, TicketThrottle throttle) {
		this.tickets = tickets;
		this.orders = orders;
		this.uploads = uploads;
		this.throttle = throttle;
	}

	@GetMapping("/support")
	String form(@RequestParam(defaultValue = "") String order, Model model) {
		String shown = order.length() > 20 ? "" : order;
		return page(model, new SupportForm("", "", "", shown), new FormErrors());
	}

	@PostMapping("/support")
	String send(@RequestParam(required = false) String topic, @RequestParam(required = false) String message,
			@RequestParam(required = false) String email, @RequestParam(required = false) String order,
			@RequestParam(name = ScreenshotUploads.FIELD, required = false) List<MultipartFile> files, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<SignedIn> me = SignedIn.current().filter(s -> !s.staff());
		SupportForm form = SupportForm.of(topic, message, email, order);
		if (!throttle.trySend(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("tooMany", true);
			return page(model, form.shown(), new FormErrors());
		}
		FormErrors errors = form.check(me.isEmpty());
		OrderSummary named = errors.has("order") || form.order().isEmpty() ? null : namedOrder(form, me, errors);
		List<Screenshot> screenshots = uploads.check(files, errors);
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, form.shown(), errors);
		}
		OpenedTicket opened = tickets.open(new NewTicket(me.map(SignedIn::subject).orElse(null),
				me.isPresent() ? null : form.emailAddress().orElseThrow().value(), Languages.closest(locale),
				Topic.of(form.topic()).orElseThrow(), form.message(), named, screenshots));
		if (opened.guestPath() == null) {
			return "redirect:/account/support/" + opened.number() + "?sent";
		}
		model.addAttribute("number", opened.number());
		model.addAttribute("link", opened.guestPath());
		return "support/sent";
	}

	/** The order of the number, if it is the person's; otherwise a message on the field. */
	private OrderSummary namedOrder(SupportForm form, Optional<SignedIn> me, FormErrors errors) {
		Optional<OrderSummary> found = me.isPresent() ? orders.orderOf(me.get().subject(), form.order())
				: form.emailAddress().flatMap(address -> orders.orderPlacedWith(address.value(), form.order()));
		if (found.isEmpty() && !errors.has("email")) {
			errors.add("order", "support.order.notYours");
		}
		return found.orElse(null);
	}

	private static String page(Model model, SupportForm form, FormErrors errors) {
		boolean guest = SignedIn.current().filter(s -> !s.staff()).isEmpty();
		model.addAttribute("form", form);
		model.addAttribute("guest", guest);
		model.addAttribute("errors", errors);
		model.addAttribute("topics", Topic.values());
		model.addAttribute("maxLength", MessageText.MAX);
		model.addAttribute("tooMany", Boolean.TRUE.equals(model.getAttribute("tooMany")));
		return "support/form";
	}
}
