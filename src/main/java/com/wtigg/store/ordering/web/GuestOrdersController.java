package com.wtigg.store.ordering.web;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.ordering.domain.OrderNumbers;
import com.wtigg.store.ordering.domain.OrderView;
import com.wtigg.store.ordering.persistence.OrderRepository;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * A guest finds an order by the email it was placed with and its number; a wrong email and a
 * wrong number get the same answer, and each client address has a few tries a minute. A found
 * order opens for the rest of the browser session (the session holds its id only).
 */
@Controller
class GuestOrdersController {

	static final String FOUND = "ordering.lookedUp";

	private final OrderRepository orders;

	private final OrderLookup lookup;

	private final LookupThrottle throttle;

	private final BuyerOrders buyerOrders;

	GuestOrdersController(OrderRepository orders, OrderLookup lookup, LookupThrottle throttle, BuyerOrders buyerOrders) {
		this.orders = orders;
		this.lookup = lookup;
		this.throttle = throttle;
		this.buyerOrders = buyerOrders;
	}

	@GetMapping("/orders/lookup")
	String form(Model model) {
		return page(model, "", "", new FormErrors(), false, false);
	}

	@PostMapping("/orders/lookup")
	String find(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String number,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String shownEmail = email.length() > 254 ? email.substring(0, 254) : email;
		String shownNumber = number.length() > 20 ? number.substring(0, 20) : number;
		if (!throttle.tryLookup(request.getRemoteAddr())) {
			response.setStatus(429);
			return page(model, shownEmail, shownNumber, new FormErrors(), false, true);
		}
		FormErrors errors = new FormErrors();
		Optional<EmailAddress> address = EmailAddress.parse(email);
		Optional<String> parsed = OrderNumbers.parse(number);
		if (email.isBlank()) {
			errors.add("email", "form.email.missing");
		}
		else if (address.isEmpty()) {
			errors.add("email", "form.email.invalid");
		}
		if (parsed.isEmpty()) {
			errors.add("number", "adminOrders.badNumber");
		}
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, shownEmail, shownNumber, errors, false, false);
		}
		Optional<UUID> found = lookup.find(address.get().value(), parsed.get());
		if (found.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return page(model, shownEmail, shownNumber, errors, true, false);
		}
		grant(request.getSession(true), found.get());
		return "redirect:/orders/" + parsed.get();
	}

	@GetMapping("/orders/{number}")
	String detail(@PathVariable String number, @RequestParam(required = false) String sent, HttpServletRequest request,
			Model model) {
		OrderView order = granted(number, request);
		return buyerOrders.detail(model, order, "/orders/" + order.number() + "/return", ReturnForm.of("", ""),
				new FormErrors(), sent != null);
	}

	@PostMapping("/orders/{number}/return")
	String requestReturn(@PathVariable String number, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		OrderView order = granted(number, request);
		return buyerOrders.requestReturn(model, order, "/orders/" + order.number() + "/return", ReturnForm.of(kind, reason),
				response, "/orders/" + order.number() + "?sent");
	}

	private OrderView granted(String number, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Set<?> ids = session != null && session.getAttribute(FOUND) instanceof Set<?> set ? set : Set.of();
		return OrderNumbers.parse(number).flatMap(orders::findByNumber).filter(o -> ids.contains(o.id()))
			.orElseThrow(NotFoundException::new);
	}

	@SuppressWarnings("unchecked")
	private static void grant(HttpSession session, UUID order) {
		Set<UUID> ids = session.getAttribute(FOUND) instanceof Set<?> set ? new HashSet<>((Set<UUID>) set) : new HashSet<>();
		ids.add(order);
		session.setAttribute(FOUND, ids);
	}

	private static String page(Model model, String email, String number, FormErrors errors, boolean notFound,
			boolean tooMany) {
		model.addAttribute("email", email);
		model.addAttribute("number", number);
		model.addAttribute("errors", errors);
		model.addAttribute("notFound", notFound);
		model.addAttribute("tooMany", tooMany);
		return "orders/lookup";
	}
}
