package com.wtigg.store.payment.sandbox;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.payment.PaymentGateway.Card;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * The sandbox's card page, as a hosted payment field would be: its own path, a plain form that
 * works without JavaScript, the test numbers published on it. A card it accepts sends the shopper
 * back to the store with a token.
 */
@Controller
@RequestMapping("/payment/sandbox/pay/{session}")
@ConditionalOnProperty(name = "store.payment.gateway", havingValue = "sandbox", matchIfMissing = true)
class SandboxController {

	private final SandboxSessions sessions;

	private final Clock clock;

	SandboxController(SandboxSessions sessions, Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
	}

	@GetMapping
	String form(@PathVariable String session, Model model, HttpServletResponse response) {
		SandboxSessions.Session open = session(session);
		noStore(response);
		if (open.outcome() != null) {
			return closed(open, model, response);
		}
		model.addAttribute("page", SandboxPage.of(open, "", ""));
		model.addAttribute("errors", new FormErrors());
		return "payment/sandbox-pay";
	}

	@PostMapping
	String pay(@PathVariable String session, @RequestParam(required = false) String name,
			@RequestParam(required = false) String number, @RequestParam(required = false) String expiry,
			@RequestParam(required = false) String cvv, Model model, HttpServletResponse response) {
		// read field by field, so that the card is never a model attribute a view or error page could show
		CardForm form = new CardForm(name, number, expiry, cvv);
		SandboxSessions.Session open = session(session);
		noStore(response);
		if (open.outcome() != null) {
			return closed(open, model, response);
		}
		FormErrors errors = new FormErrors();
		Optional<CardForm.Accepted> accepted = form.check(clock, errors);
		if (accepted.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("page", SandboxPage.of(open, form.nameToShow(), form.expiryToShow()));
			model.addAttribute("errors", errors);
			return "payment/sandbox-pay";
		}
		CardForm.Accepted card = accepted.get();
		return sessions.answer(open, card.outcome(), new Card(card.brand(), card.last4()))
			.map(token -> "redirect:" + back(open, token))
			.orElseGet(() -> closed(session(session), model, response));
	}

	/** A session answered already: back to the store with its token, or a page saying it is closed. */
	private String closed(SandboxSessions.Session session, Model model, HttpServletResponse response) {
		if (session.token() != null) {
			return "redirect:" + back(session, session.token());
		}
		response.setStatus(HttpStatus.GONE.value());
		return "payment/sandbox-closed";
	}

	private SandboxSessions.Session session(String id) {
		if (id.length() > 64) {
			throw new NotFoundException();
		}
		return sessions.find(id).orElseThrow(NotFoundException::new);
	}

	private static String back(SandboxSessions.Session session, String token) {
		String path = session.returnPath();
		return path + (path.contains("?") ? "&" : "?") + "token=" + token;
	}

	private static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}
}
