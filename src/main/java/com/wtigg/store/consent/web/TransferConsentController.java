package com.wtigg.store.consent.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.consent.ConsentApi;
import com.wtigg.store.privacy.ProcessorRegister;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * A signed-in person's transfer consents in their account: what each named and when, and one
 * button that withdraws them all at once (as easy as giving them).
 */
@Controller
class TransferConsentController {

	private final ConsentApi consents;

	private final ProcessorRegister register;

	TransferConsentController(ConsentApi consents, ProcessorRegister register) {
		this.consents = consents;
		this.register = register;
	}

	@GetMapping("/account/transfer-consents")
	String consents(@RequestParam(required = false) String done, Model model) {
		SignedIn person = signedIn();
		model.addAttribute("consents", consents.transferConsents(person.subject()));
		model.addAttribute("register", register);
		model.addAttribute("withdrawn", "withdrawn".equals(done));
		return "consent/transfers";
	}

	@PostMapping("/account/transfer-consents/withdraw")
	String withdraw() {
		consents.withdrawTransfers(signedIn().subject());
		return "redirect:/account/transfer-consents?done=withdrawn";
	}

	private static SignedIn signedIn() {
		return SignedIn.current().orElseThrow(NotFoundException::new);
	}
}
