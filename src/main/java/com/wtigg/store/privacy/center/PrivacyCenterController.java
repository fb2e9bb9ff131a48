package com.wtigg.store.privacy.center;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.Restrictions;
import com.wtigg.store.privacy.SubjectConsents;
import com.wtigg.store.privacy.requests.SubjectRequests;
import com.wtigg.store.shared.PolicyVersion;
import com.wtigg.store.shared.security.SignedIn;

/**
 * {@code /privacy}: the policy in force with its "Last Updated" date, the rights in plain words,
 * how to reach the store and, for EU and California visitors, their own routes (CON-CONTACT).
 * Signed in, also what the store holds about the person (each kind of record and how many), their
 * consents (each with where to change it), whether their processing is restricted, and their
 * requests with status and due date.
 */
@Controller
class PrivacyCenterController {

	private final PolicyText policy;

	private final PolicyVersion version;

	private final List<PersonalDataHolder> holders;

	private final Restrictions restrictions;

	private final SubjectRequests requests;

	private final List<SubjectConsents> consents;

	PrivacyCenterController(PolicyText policy, PolicyVersion version, List<PersonalDataHolder> holders,
			Restrictions restrictions, SubjectRequests requests, List<SubjectConsents> consents) {
		this.consents = consents;
		this.policy = policy;
		this.version = version;
		this.holders = holders;
		this.restrictions = restrictions;
		this.requests = requests;
	}

	@GetMapping("/privacy")
	String center(@RequestParam(required = false) String request, Model model) {
		Optional<SignedIn> me = SignedIn.current().filter(s -> !s.staff());
		model.addAttribute("policy", policy.blocks());
		model.addAttribute("lastUpdated", version.version());
		model.addAttribute("signedIn", me.isPresent());
		model.addAttribute("justSent", request);
		RecordCounts held = new RecordCounts();
		me.ifPresent(s -> holders.forEach(h -> h.export(s.subject(), held)));
		model.addAttribute("held", held.byCategory());
		model.addAttribute("restricted", me.map(s -> restrictions.restricted(s.subject())).orElse(false));
		model.addAttribute("requests", me.map(s -> requests.of(s.subject())).orElse(List.of()));
		model.addAttribute("consents", me.map(s -> consents.stream().flatMap(c -> c.of(s.subject()).stream()).toList())
			.orElse(List.of()));
		return "privacy/center";
	}
}
