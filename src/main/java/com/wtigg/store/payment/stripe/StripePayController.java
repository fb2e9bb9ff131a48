package com.wtigg.store.payment.stripe;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.stripe.model.PaymentIntent;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.web.LocalPath;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * The store's page that shows Stripe's Payment Element for a PaymentIntent: the card is typed
 * into Stripe's own field (from js.stripe.com), never into the store's page.
 */
@Controller
@ConditionalOnProperty(name = "store.payment.gateway", havingValue = "stripe")
class StripePayController {

	private final StripeGateway gateway;

	StripePayController(StripeGateway gateway) {
		this.gateway = gateway;
	}

	@GetMapping(StripeGateway.PAY_PATH + "{intent}")
	String page(@PathVariable String intent, @RequestParam(defaultValue = "/") String back, Model model,
			HttpServletResponse response) {
		if (!intent.matches("pi_[A-Za-z0-9]{1,64}")) {
			throw new NotFoundException();
		}
		String local = LocalPath.orHome(back);
		PaymentIntent found = gateway.intent(intent).orElseThrow(NotFoundException::new);
		if ("succeeded".equals(found.getStatus())) {
			return "redirect:" + local + (local.contains("?") ? "&" : "?") + "payment_intent=" + intent;
		}
		response.setHeader("Cache-Control", "no-store");
		String returnUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path(local).toUriString();
		model.addAttribute("page", new StripePage(gateway.publishableKey(), found.getClientSecret(), returnUrl,
				new Money(found.getAmount()).formatted()));
		return "payment/stripe-pay";
	}
}
