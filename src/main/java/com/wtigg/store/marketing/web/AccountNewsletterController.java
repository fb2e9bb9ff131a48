package com.wtigg.store.marketing.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.customer.CustomerApi;
import com.wtigg.store.marketing.SignUpSource;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.marketing.subscription.SignUpLimiter;
import com.wtigg.store.marketing.subscription.Subscriptions;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.BadRequestException;
import com.wtigg.store.shared.web.FormErrors;

/**
 * Signing up from the account page (one click, for the account's address, confirmed by mail) and
 * withdrawing from it, as easily: one click, at once (DSR-WITHDRAW).
 */
@Controller
@RequestMapping("/account/newsletter")
class AccountNewsletterController {

	private final Subscriptions subscriptions;

	private final CustomerApi customers;

	private final SignUpLimiter limiter;

	AccountNewsletterController(Subscriptions subscriptions, CustomerApi customers, SignUpLimiter limiter) {
		this.subscriptions = subscriptions;
		this.customers = customers;
		this.limiter = limiter;
	}

	@PostMapping
	String signUp(@RequestParam(required = false) List<String> topic, Locale locale,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		SignedIn me = me();
		Set<Topic> topics = topics(topic);
		EmailAddress email = customers.recipient(me.subject()).flatMap(to -> EmailAddress.parse(to.email()))
			.orElseThrow(() -> new AccessDeniedException("no address"));
		if (!limiter.allow(request.getRemoteAddr(), subscriptions.index(email))) {
			response.setStatus(429);
			return "marketing/too-many";
		}
		subscriptions.signUp(email, topics, SignUpSource.ACCOUNT, locale, me.subject());
		return "redirect:/account?note=newsletterSent";
	}

	@PostMapping("/withdraw")
	String withdraw(@RequestParam(required = false) List<String> topic) {
		SignedIn me = me();
		Set<Topic> topics = topics(topic);
		Optional<SubjectId> subscriber = NewsletterAccountSection.subscriber(subscriptions, customers, me.subject());
		subscriber.ifPresent(s -> subscriptions.withdraw(s, topics, "account"));
		return "redirect:/account?note=newsletterWithdrawn";
	}

	private static Set<Topic> topics(List<String> typed) {
		FormErrors errors = new FormErrors();
		Set<Topic> topics = SignUpController.topics(typed == null ? List.of() : typed, errors);
		if (errors.any()) {
			throw new BadRequestException("marketing.topic.missing");
		}
		return EnumSet.copyOf(topics);
	}

	private static SignedIn me() {
		return SignedIn.current().orElseThrow(() -> new AccessDeniedException("sign in"));
	}
}
