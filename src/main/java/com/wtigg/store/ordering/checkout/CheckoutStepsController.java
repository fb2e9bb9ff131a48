package com.wtigg.store.ordering.checkout;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.customer.CustomerProfile;
import com.wtigg.store.ordering.domain.CheckoutDraft;
import com.wtigg.store.ordering.domain.Preferences;
import com.wtigg.store.marketing.MarketingApi;
import com.wtigg.store.marketing.SignUpSource;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.PersonalText;
import com.wtigg.store.shared.PostalAddress;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shipping.ShippingApi;
import com.wtigg.store.shipping.ShippingOption;

/**
 * The first three steps of checkout, each a plain form that works without JavaScript: contact and
 * addresses, shipping option, order preferences. A step with bad input is shown again, filled in,
 * with each problem beside its field and status 400; nothing is saved.
 */
@Controller
@RequestMapping("/checkout")
class CheckoutStepsController {

	private final CheckoutSession session;

	private final ShippingApi shipping;

	private final MarketingApi marketing;

	CheckoutStepsController(CheckoutSession session, ShippingApi shipping, MarketingApi marketing) {
		this.session = session;
		this.shipping = shipping;
		this.marketing = marketing;
	}

	@GetMapping
	String start(HttpServletRequest request) {
		return session.basket(request).map(b -> "redirect:" + next(session.buyer(b).draft())).orElse("redirect:/cart");
	}

	static String next(CheckoutDraft draft) {
		if (!draft.hasContact()) {
			return "/checkout/contact";
		}
		if (!draft.hasShippingOption()) {
			return "/checkout/shipping";
		}
		return draft.hasPreferences() ? "/checkout/review" : "/checkout/preferences";
	}

	@GetMapping("/contact")
	String contact(HttpServletRequest request, Model model, Locale locale) {
		Optional<Basket> basket = session.basket(request);
		if (basket.isEmpty()) {
			return "redirect:/cart";
		}
		CheckoutSession.Buyer buyer = session.buyer(basket.get());
		return contactPage(model, basket.get(), buyer, StepForm.of(contactValues(buyer)), locale);
	}

	private Map<String, String> contactValues(CheckoutSession.Buyer buyer) {
		CheckoutDraft draft = buyer.draft();
		Map<String, String> values = new HashMap<>();
		if (draft.hasContact()) {
			values.put("email", draft.email());
			values.put("phone", draft.phone() == null ? "" : draft.phone());
			values.putAll(AddressForms.values("shipping", draft.shipping()));
			values.putAll(AddressForms.values("billing", draft.billing()));
			values.put("sameBilling", draft.billing() == null ? "yes" : "");
			return values;
		}
		values.put("sameBilling", "yes");
		values.put("shippingCountry", "US");
		values.put("billingCountry", "US");
		session.profile(buyer).ifPresent((CustomerProfile p) -> {
			values.put("email", p.email());
			values.put("phone", p.phone() == null ? "" : p.phone());
			values.put("shippingRecipient", p.name());
			p.addresses().stream().findFirst().ifPresent(a -> values.putAll(AddressForms.values("shipping", a)));
		});
		return values;
	}

	@PostMapping("/contact")
	String saveContact(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		Optional<Basket> basket = session.basket(request);
		if (basket.isEmpty()) {
			return "redirect:/cart";
		}
		CheckoutSession.Buyer buyer = session.buyer(basket.get());
		FormErrors errors = new FormErrors();
		Optional<EmailAddress> email = email(form.get("email"), errors);
		PostalAddress to = AddressForms.read(form, "shipping", errors);
		boolean same = "yes".equals(form.get("sameBilling"));
		PostalAddress billing = same ? null : AddressForms.read(form, "billing", errors);
		Optional<String> phone = PersonalText.phone(form.get("phone"), to.country().length() == 2 ? to.country() : "US",
				errors, "phone");
		if (errors.any()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return contactPage(model, basket.get(), buyer, new StepForm(new HashMap<>(form), errors), locale);
		}
		session.save(basket.get(), buyer, buyer.draft().withContact(email.get().value(), phone.orElse(null), to, billing));
		// marketing: the unticked "send me news" box asks for the newsletter, confirmed by mail (double opt-in)
		if ("yes".equals(form.get("newsletter"))) {
			marketing.signUp(email.get(), EnumSet.of(Topic.NEWSLETTER), SignUpSource.CHECKOUT, locale,
					buyer.guest() ? null : buyer.subject());
		}
		return "redirect:/checkout/shipping";
	}

	private static Optional<EmailAddress> email(String typed, FormErrors errors) {
		if (typed == null || typed.isBlank()) {
			errors.add("email", "form.email.missing");
			return Optional.empty();
		}
		Optional<EmailAddress> email = EmailAddress.parse(typed);
		if (email.isEmpty()) {
			errors.add("email", "form.email.invalid");
		}
		return email;
	}

	private String contactPage(Model model, Basket basket, CheckoutSession.Buyer buyer, StepForm form, Locale locale) {
		model.addAttribute("basket", basket);
		model.addAttribute("form", form);
		model.addAttribute("countries", StepForm.countries(locale));
		model.addAttribute("guest", buyer.guest());
		return "checkout/contact";
	}

	@GetMapping("/shipping")
	String shippingStep(HttpServletRequest request, Model model) {
		return withDraft(request, CheckoutDraft::hasContact, (basket, buyer) -> shippingPage(model, basket, buyer,
				StepForm.of(Map.of("option", Optional.ofNullable(buyer.draft().shippingOption()).orElse("")))));
	}

	@PostMapping("/shipping")
	String saveShipping(@RequestParam(defaultValue = "") String option, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return withDraft(request, CheckoutDraft::hasContact, (basket, buyer) -> {
			Optional<ShippingOption> chosen = shipping.option(option, buyer.draft().shipping().country(), basket.subtotal());
			if (chosen.isEmpty()) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				StepForm form = StepForm.of(Map.of());
				form.errors().add("option", "checkout.option.missing");
				return shippingPage(model, basket, buyer, form);
			}
			session.save(basket, buyer, buyer.draft().withShippingOption(chosen.get().code()));
			return "redirect:/checkout/preferences";
		});
	}

	private String shippingPage(Model model, Basket basket, CheckoutSession.Buyer buyer, StepForm form) {
		model.addAttribute("basket", basket);
		model.addAttribute("form", form);
		model.addAttribute("options", shipping.options(buyer.draft().shipping().country(), basket.subtotal()));
		return "checkout/shipping";
	}

	@GetMapping("/preferences")
	String preferencesStep(HttpServletRequest request, Model model) {
		return withDraft(request, CheckoutDraft::hasShippingOption,
				(basket, buyer) -> preferencesPage(model, basket, StepForm.of(preferenceValues(buyer.draft().preferences()))));
	}

	private static Map<String, String> preferenceValues(Preferences p) {
		Map<String, String> values = new HashMap<>();
		if (p != null) {
			values.put("engraving", p.engraving() == null ? "" : p.engraving());
			values.put("ringSize", p.ringSize() == null ? "" : p.ringSize().toPlainString());
			values.put("bangleDiameter", p.bangleDiameter() == null ? "" : p.bangleDiameter().toString());
			values.put("giftNote", p.giftNote() == null ? "" : p.giftNote());
		}
		return values;
	}

	@PostMapping("/preferences")
	String savePreferences(@RequestParam Map<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return withDraft(request, CheckoutDraft::hasShippingOption, (basket, buyer) -> {
			FormErrors errors = new FormErrors();
			Preferences chosen = Preferences.of(form.get("engraving"), form.get("ringSize"), form.get("bangleDiameter"),
					form.get("giftNote"), basket.hasRing(), basket.hasBangle(), errors);
			if (errors.any()) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				return preferencesPage(model, basket, new StepForm(new HashMap<>(form), errors));
			}
			session.save(basket, buyer, buyer.draft().withPreferences(chosen));
			return "redirect:/checkout/review";
		});
	}

	private String preferencesPage(Model model, Basket basket, StepForm form) {
		model.addAttribute("basket", basket);
		model.addAttribute("form", form);
		return "checkout/preferences";
	}

	/** Runs a step when the cart holds something and the earlier steps are done; otherwise goes where they are not. */
	private String withDraft(HttpServletRequest request, java.util.function.Predicate<CheckoutDraft> ready,
			java.util.function.BiFunction<Basket, CheckoutSession.Buyer, String> step) {
		Optional<Basket> basket = session.basket(request);
		if (basket.isEmpty()) {
			return "redirect:/cart";
		}
		CheckoutSession.Buyer buyer = session.buyer(basket.get());
		return ready.test(buyer.draft()) ? step.apply(basket.get(), buyer) : "redirect:" + next(buyer.draft());
	}
}
