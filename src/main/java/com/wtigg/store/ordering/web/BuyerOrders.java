package com.wtigg.store.ordering.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.wtigg.store.ordering.domain.OrderView;
import com.wtigg.store.ordering.persistence.ReturnRequests;
import com.wtigg.store.payment.PaymentApi;
import com.wtigg.store.shared.web.FormErrors;

/**
 * What the customer's and the guest's order pages share: the detail and the return request.
 */
@Component
class BuyerOrders {

	private final ReturnRequests returns;

	private final PaymentApi payments;

	BuyerOrders(ReturnRequests returns, PaymentApi payments) {
		this.returns = returns;
		this.payments = payments;
	}

	String detail(Model model, OrderView order, String action, ReturnForm form, FormErrors errors, boolean sent) {
		model.addAttribute("page", new OrderPage(order, payments.summary(order.id()).orElse(null), returns.of(order.id()),
				action, form.kind(), form.reason(), errors, sent));
		return "orders/detail";
	}

	/** Stores the request, or shows the page again with the problems (400); nothing stored then. */
	String requestReturn(Model model, OrderView order, String action, ReturnForm form, HttpServletResponse response,
			String done) {
		FormErrors errors = form.check();
		if (!order.status().paid()) {
			errors.add("kind", "orders.return.notYet");
		}
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return detail(model, order, action, form, errors, false);
		}
		returns.add(order.id(), order.subject(), form.kind(), form.reason());
		return "redirect:" + done;
	}
}
