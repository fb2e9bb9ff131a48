package com.wtigg.store.marketing.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.marketing.SignUpSource;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.marketing.subscription.SignUpLimiter;
import com.wtigg.store.marketing.subscription.Subscriptions;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;

/**
 * The footer's sign-up form, the double opt-in link (a page with a button, so that mail scanners
 * that follow links confirm nothing) and the one-click unsubscribe link of every marketing mail
 * (RFC 8058: a POST without login or cookies unsubscribes at once; a GET shows a button).
 */
@Controller
@RequestMapping("/marketing")
class SignUpController {

	private final Subscriptions subscriptions;

	private final SignUpLimiter limiter;

	SignUpController(Subscriptions subscriptions, SignUpLimiter limiter) {
		this.subscriptions = subscriptions;
		this.limiter = limiter;
	}

	@GetMapping("/signup")
	String form(Model model) {
		return page(model, "", List.of(), new FormErrors());
	}

	@PostMapping("/signup")
	String signUp(@RequestParam(defaultValue = "") String email, @RequestParam(required = false) List<String> topic,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		FormErrors errors = new FormErrors();
		List<String> typedTopics = topic == null ? List.of() : topic;
		Optional<EmailAddress> address = email.length() > EmailAddress.MAX_LENGTH ? Optional.empty() : EmailAddress.parse(email);
		if (email.isBlank()) {
			errors.add("email", "form.email.missing");
		}
		else if (address.isEmpty()) {
			errors.add("email", "form.email.invalid");
		}
		Set<Topic> topics = topics(typedTopics, errors);
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, email.length() > 300 ? "" : email, typedTopics, errors);
		}
		if (!limiter.allow(request.getRemoteAddr(), subscriptions.index(address.get()))) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "marketing/too-many";
		}
		subscriptions.signUp(address.get(), topics, SignUpSource.FOOTER, locale,
				SignedIn.current().filter(me -> !me.staff()).map(SignedIn::subject).orElse(null));
		return "redirect:/marketing/signup/sent";
	}

	static Set<Topic> topics(List<String> typed, FormErrors errors) {
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		for (String code : typed) {
			Optional<Topic> topic = Topic.of(code);
			if (topic.isEmpty()) {
				errors.add("topic", "marketing.topic.invalid");
				return topics;
			}
			topics.add(topic.get());
		}
		if (topics.isEmpty()) {
			errors.add("topic", "marketing.topic.missing");
		}
		return topics;
	}

	private String page(Model model, String email, List<String> topics, FormErrors errors) {
		model.addAttribute("email", email);
		model.addAttribute("topics", topics);
		model.addAttribute("errors", errors);
		return "marketing/signup";
	}

	/** The same page whether the address was new, subscribed already or suppressed. */
	@GetMapping("/signup/sent")
	String sent() {
		return "marketing/sent";
	}

	@GetMapping("/confirm/{token}")
	String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
		boolean good = subscriptions.confirmationIsGood(token);
		if (!good) {
			response.setStatus(HttpStatus.GONE.value());
		}
		model.addAttribute("token", good ? token : "");
		model.addAttribute("good", good);
		return "marketing/confirm";
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		if (subscriptions.confirm(token)) {
			return "redirect:/marketing/confirmed";
		}
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("token", "");
		model.addAttribute("good", false);
		return "marketing/confirm";
	}

	@GetMapping("/confirmed")
	String confirmed() {
		return "marketing/confirmed";
	}

	@GetMapping("/unsubscribe/{token}")
	String unsubscribePage(@PathVariable String token, Model model, HttpServletResponse response) {
		boolean good = subscriptions.unsubscribeSubject(token).isPresent();
		if (!good) {
			response.setStatus(HttpStatus.GONE.value());
		}
		model.addAttribute("token", good ? token : "");
		model.addAttribute("good", good);
		model.addAttribute("done", false);
		return "marketing/unsubscribe";
	}

	/** The one-click POST (RFC 8058), exempt from CSRF: the token is the authority. */
	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
		boolean done = subscriptions.unsubscribe(token);
		if (!done) {
			response.setStatus(HttpStatus.GONE.value());
		}
		model.addAttribute("token", "");
		model.addAttribute("good", done);
		model.addAttribute("done", done);
		return "marketing/unsubscribe";
	}
}
