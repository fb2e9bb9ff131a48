package com.wtigg.store.ordering.checkout;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.ordering.domain.CheckoutDraft;
import com.wtigg.store.ordering.domain.OrderStatus;
import com.wtigg.store.ordering.domain.OrderView;
import com.wtigg.store.ordering.persistence.OrderRepository;
import com.wtigg.store.ordering.process.OrderSteps;
import com.wtigg.store.payment.PaymentApi;
import com.wtigg.store.payment.PaymentOutcome;
import com.wtigg.store.payment.PaymentRequest;
import com.wtigg.store.payment.PaymentStart;
import com.wtigg.store.privacy.Processor;
import com.wtigg.store.shared.web.BadRequestException;
import com.wtigg.store.shipping.ShippingApi;
import com.wtigg.store.shipping.ShippingOption;

/**
 * The review and payment step, placing, the return from the payment page, and the confirmation.
 * The review page carries a one-time checkout key that becomes the order's id, so a form sent
 * twice makes one order and one payment.
 */
@Controller
@RequestMapping("/checkout")
class CheckoutController {

	private static final Set<String> DECLINES = Set.of("payment.declined", "payment.insufficientFunds", "payment.failed");

	private final CheckoutSession session;

	private final PlaceOrder placing;

	private final OrderRepository orders;

	private final OrderSteps steps;

	private final ShippingApi shipping;

	private final PaymentApi payments;

	private final TransferCheck transfers;

	private final BuyerAccess access;

	CheckoutController(CheckoutSession session, PlaceOrder placing, OrderRepository orders, OrderSteps steps,
			ShippingApi shipping, PaymentApi payments, TransferCheck transfers, BuyerAccess access) {
		this.session = session;
		this.placing = placing;
		this.orders = orders;
		this.steps = steps;
		this.shipping = shipping;
		this.payments = payments;
		this.transfers = transfers;
		this.access = access;
	}

	@GetMapping("/review")
	String review(@RequestParam(required = false) String declined, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<Basket> basket = session.basket(request);
		if (basket.isEmpty()) {
			return "redirect:/cart";
		}
		CheckoutSession.Buyer buyer = session.buyer(basket.get());
		CheckoutDraft draft = buyer.draft();
		Optional<ShippingOption> option = option(basket.get(), draft);
		if (!draft.hasPreferences() || option.isEmpty()) {
			return "redirect:" + (option.isEmpty() && draft.hasContact() ? "/checkout/shipping" : CheckoutStepsController.next(draft));
		}
		if (draft.checkoutKey() == null || !usableKey(draft.checkoutKey())) {
			draft = draft.withCheckoutKey(UUID.randomUUID().toString());
			session.save(basket.get(), buyer, draft);
		}
		if (buyer.guest()) {
			// the buyer cookie exists before the form is sent, so two sends at once name the same browser
			access.guestToken(request, response);
		}
		model.addAttribute("declined", declined != null && DECLINES.contains(declined) ? declined : null);
		return reviewPage(model, basket.get(), new CheckoutSession.Buyer(buyer.subject(), buyer.guest(), draft), option.get(), false);
	}

	/** A key may be shown again while no order has it, or its order still waits for payment. */
	private boolean usableKey(String key) {
		return BuyerAccess.parse(key).flatMap(orders::find).map(o -> o.status() == OrderStatus.PLACED).orElse(true);
	}

	private Optional<ShippingOption> option(Basket basket, CheckoutDraft draft) {
		return draft.hasShippingOption()
				? shipping.option(draft.shippingOption(), draft.shipping().country(), basket.subtotal()) : Optional.empty();
	}

	private String reviewPage(Model model, Basket basket, CheckoutSession.Buyer buyer, ShippingOption option,
			boolean consentMissing) {
		model.addAttribute("basket", basket);
		model.addAttribute("draft", buyer.draft());
		model.addAttribute("option", option);
		model.addAttribute("total", basket.subtotal().plus(option.price()));
		model.addAttribute("recipients", transfers.needed(session, buyer));
		model.addAttribute("consentMissing", consentMissing);
		if (!model.containsAttribute("declined")) {
			model.addAttribute("declined", null);
		}
		return "checkout/review";
	}

	@PostMapping("/place")
	String place(@RequestParam(defaultValue = "") String checkoutKey, @RequestParam(defaultValue = "") String transferConsent,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		Optional<UUID> key = BuyerAccess.parse(checkoutKey);
		Optional<OrderView> existing = key.flatMap(orders::find).filter(o -> access.mayOpen(o, request));
		if (existing.isPresent()) {
			return pay(existing.get());
		}
		Optional<Basket> basket = session.basket(request);
		if (basket.isEmpty()) {
			throw new BadRequestException("checkout.emptyCart");
		}
		CheckoutSession.Buyer buyer = session.buyer(basket.get());
		CheckoutDraft draft = buyer.draft();
		if (key.isEmpty() || !checkoutKey.equals(draft.checkoutKey()) || !draft.hasPreferences()) {
			throw new BadRequestException("checkout.staleForm");
		}
		Optional<ShippingOption> option = option(basket.get(), draft);
		if (option.isEmpty()) {
			return "redirect:/checkout/shipping";
		}
		List<Processor> needed = transfers.needed(session, buyer);
		if (!needed.isEmpty()) {
			if (!"yes".equals(transferConsent)) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				model.addAttribute("declined", null);
				return reviewPage(model, basket.get(), buyer, option.get(), true);
			}
			transfers.record(buyer, needed);
		}
		byte[] guestToken = buyer.guest() ? access.guestToken(request, response) : null;
		PlaceOrder.Placement placed = placing.place(key.get(), basket.get(), buyer.subject(), draft, option.get(), locale,
				guestToken);
		if (placed instanceof PlaceOrder.SoldOut sold) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("piece", basket.get().items().get(sold.pieceId()));
			return "checkout/sold";
		}
		OrderView order = orders.find(key.get()).orElseThrow();
		if (!access.mayOpen(order, request) && !buyer.guest()) {
			throw new BadRequestException("checkout.staleForm");
		}
		return pay(order);
	}

	/** Sends the buyer to the payment page of a placed order (begin is idempotent per order). */
	private String pay(OrderView order) {
		if (order.status() == OrderStatus.CANCELLED) {
			return "redirect:/checkout/review";
		}
		if (order.status() != OrderStatus.PLACED) {
			return "redirect:/checkout/confirmation/" + order.id();
		}
		PaymentStart start = payments.begin(new PaymentRequest(order.id(), order.subject(), order.number(), order.total(),
				order.billingAddress().recipient(), order.billingAddress().postalCode(), order.billingAddress().country(),
				"/checkout/return/" + order.id()));
		if (start.redirect() == null) {
			throw new BadRequestException("checkout.paymentUnavailable");
		}
		return "redirect:" + start.redirect();
	}

	@GetMapping("/return/{orderId}")
	String returned(@PathVariable String orderId, @RequestParam Map<String, String> parameters, HttpServletRequest request) {
		OrderView order = access.order(orderId, request);
		if (order.status() != OrderStatus.PLACED) {
			return "redirect:/checkout/confirmation/" + order.id();
		}
		PaymentOutcome outcome = payments.returned(order.id(), parameters);
		switch (outcome.status()) {
			case SUCCEEDED -> steps.markPaid(order.id());
			case PENDING -> {
				// the gateway's webhook will tell; the confirmation says the payment is being checked
			}
			case DECLINED, FAILED -> {
				steps.declined(order.id());
				payments.cancel(order.id());
				String key = outcome.messageKey() != null && DECLINES.contains(outcome.messageKey()) ? outcome.messageKey()
						: "payment.declined";
				return "redirect:/checkout/review?declined=" + key;
			}
		}
		return "redirect:/checkout/confirmation/" + order.id();
	}

	@GetMapping("/confirmation/{orderId}")
	String confirmation(@PathVariable String orderId, HttpServletRequest request, Model model) {
		OrderView order = access.order(orderId, request);
		model.addAttribute("order", order);
		model.addAttribute("payment", payments.summary(order.id()).orElse(null));
		return "checkout/confirmation";
	}
}
