package com.wtigg.store.ordering.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.ordering.domain.OrderNumbers;
import com.wtigg.store.ordering.domain.OrderView;
import com.wtigg.store.ordering.persistence.OrderRepository;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * The signed-in customer's orders: the list with status and tracking, each order's page, and its
 * return or exchange request. Another person's order number shows the page that does not exist.
 */
@Controller
class AccountOrdersController {

	private final OrderRepository orders;

	private final BuyerOrders buyerOrders;

	AccountOrdersController(OrderRepository orders, BuyerOrders buyerOrders) {
		this.orders = orders;
		this.buyerOrders = buyerOrders;
	}

	@GetMapping("/account/orders")
	String list(Model model) {
		model.addAttribute("rows", orders.ofSubject(me().subject()));
		return "orders/list";
	}

	@GetMapping("/account/orders/{number}")
	String detail(@PathVariable String number, @RequestParam(required = false) String sent, Model model) {
		OrderView order = own(number);
		return buyerOrders.detail(model, order, path(order), ReturnForm.of("", ""), new FormErrors(), sent != null);
	}

	@PostMapping("/account/orders/{number}/return")
	String requestReturn(@PathVariable String number, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String reason, HttpServletResponse response, Model model) {
		OrderView order = own(number);
		return buyerOrders.requestReturn(model, order, path(order), ReturnForm.of(kind, reason), response,
				"/account/orders/" + order.number() + "?sent");
	}

	private static String path(OrderView order) {
		return "/account/orders/" + order.number() + "/return";
	}

	private OrderView own(String number) {
		SignedIn me = me();
		return OrderNumbers.parse(number).flatMap(orders::findByNumber).filter(o -> o.subject().equals(me.subject()))
			.orElseThrow(NotFoundException::new);
	}

	private static SignedIn me() {
		return SignedIn.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}
}
