package com.wtigg.store.ordering.backoffice;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.ordering.domain.OrderNumbers;
import com.wtigg.store.ordering.domain.OrderStateException;
import com.wtigg.store.ordering.domain.OrderStatus;
import com.wtigg.store.ordering.domain.OrderView;
import com.wtigg.store.ordering.persistence.OrderRepository;
import com.wtigg.store.ordering.persistence.ReturnRequests;
import com.wtigg.store.ordering.process.OrderSteps;
import com.wtigg.store.payment.PaymentApi;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;
import com.wtigg.store.shipping.CarrierException;

/**
 * The back office's orders: the list (newest first, by status, by number, paged), each order's
 * page (every view audited with the staff member and the buyer), and the steps staff take: pack,
 * ship, deliver, refund, cancel. A step the order's state refuses is answered with 409 and why.
 */
@Controller
@PreAuthorize("hasAnyRole('FULFILMENT', 'ADMIN')")
class BackOfficeOrdersController {

	static final int PAGE_SIZE = 25;

	private static final Set<String> ACTIONS = Set.of("pack", "ship", "deliver", "cancel");

	private final OrderRepository orders;

	private final ReturnRequests returns;

	private final OrderSteps steps;

	private final PaymentApi payments;

	private final AuditLog audit;

	BackOfficeOrdersController(OrderRepository orders, ReturnRequests returns, OrderSteps steps, PaymentApi payments,
			AuditLog audit) {
		this.orders = orders;
		this.returns = returns;
		this.steps = steps;
		this.payments = payments;
		this.audit = audit;
	}

	@GetMapping("/admin/orders")
	String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String number,
			@RequestParam(defaultValue = "1") String page, HttpServletResponse response, Model model) {
		FormErrors errors = new FormErrors();
		OrderStatus chosen = Arrays.stream(OrderStatus.values()).filter(s -> s.column().equals(status)).findFirst().orElse(null);
		if (!status.isEmpty() && chosen == null) {
			errors.add("status", "adminOrders.badStatus");
		}
		Optional<String> parsed = OrderNumbers.parse(number);
		if (!number.isBlank() && parsed.isEmpty()) {
			errors.add("number", "adminOrders.badNumber");
		}
		int pageNumber = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		String search = errors.any() ? null : parsed.orElse(null);
		int total = errors.any() ? 0 : orders.count(chosen, search);
		model.addAttribute("rows", errors.any() ? java.util.List.of() : orders.page(chosen, search, pageNumber, PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("page", pageNumber);
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("status", chosen == null ? "" : chosen.column());
		model.addAttribute("number", number.length() > 20 ? number.substring(0, 20) : number);
		model.addAttribute("errors", errors);
		return "backoffice/orders";
	}

	@GetMapping("/admin/orders/{id}")
	String detail(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
		OrderView order = order(id);
		SignedIn staff = staff();
		audit.record(new AuditEntry(staff.actor(), "order.viewed", order.subject(), "fulfilment", "order " + order.number()));
		return page(model, order, done != null, null);
	}

	@PostMapping("/admin/orders/{id}/{action}")
	String act(@PathVariable String id, @PathVariable String action, HttpServletResponse response, Model model) {
		if (!ACTIONS.contains(action)) {
			throw new NotFoundException();
		}
		OrderView order = order(id);
		try {
			switch (action) {
				case "pack" -> steps.pack(order.id());
				case "ship" -> steps.ship(order.id());
				case "deliver" -> steps.deliver(order.id());
				default -> steps.cancel(order.id());
			}
		}
		catch (OrderStateException e) {
			return refused(response, model, order, e);
		}
		catch (CarrierException e) {
			return refused(response, model, order, new OrderStateException("adminOrders.carrierFailed"));
		}
		audit.record(new AuditEntry(staff().actor(), "order." + action, order.subject(), null, "order " + order.number()));
		return "redirect:/admin/orders/" + order.id() + "?done";
	}

	@PostMapping("/admin/orders/{id}/refund")
	String refund(@PathVariable String id, @RequestParam(defaultValue = "") String amount, HttpServletResponse response,
			Model model) {
		OrderView order = order(id);
		Optional<Money> money = amount.isBlank() ? Optional.of(order.order().refundable()) : dollars(amount);
		try {
			if (money.isEmpty() || money.get().cents() == 0) {
				throw new OrderStateException(money.isEmpty() ? "order.refund.amountInvalid" : "order.refused.notRefundable");
			}
			steps.refund(order.id(), money.get(), "staff-" + UUID.randomUUID());
		}
		catch (OrderStateException e) {
			return refused(response, model, order, e);
		}
		audit.record(new AuditEntry(staff().actor(), "order.refunded", order.subject(), null,
				"order " + order.number() + ", " + money.get().formatted()));
		return "redirect:/admin/orders/" + order.id() + "?done";
	}

	private String refused(HttpServletResponse response, Model model, OrderView order, OrderStateException e) {
		boolean badAmount = e.messageKey().startsWith("order.refund.amount") || e.messageKey().equals("order.refund.tooMuch");
		response.setStatus(badAmount ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT);
		return page(model, orders.find(order.id()).orElse(order), false, e.messageKey());
	}

	private static Optional<Money> dollars(String typed) {
		String text = typed.strip().replace("$", "").replace(",", "");
		if (!text.matches("\\d{1,7}(\\.\\d{1,2})?")) {
			return Optional.empty();
		}
		return Optional.of(Money.ofDollars(new BigDecimal(text).setScale(2)));
	}

	private String page(Model model, OrderView order, boolean done, String refusal) {
		model.addAttribute("order", order);
		model.addAttribute("payment", payments.summary(order.id()).orElse(null));
		model.addAttribute("requests", returns.of(order.id()));
		model.addAttribute("done", done);
		model.addAttribute("refusal", refusal);
		return "backoffice/order";
	}

	private OrderView order(String id) {
		try {
			return orders.find(UUID.fromString(id)).orElseThrow(NotFoundException::new);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException();
		}
	}

	private static SignedIn staff() {
		return SignedIn.current().filter(SignedIn::staff).orElseThrow(() -> new AccessDeniedException("Staff only"));
	}
}
