package com.wtigg.store.marketing.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.audit.AuditEntry;
import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * The back office's campaigns (admins and catalog managers): write one in both languages,
 * preview its sanitised body, send it; and import subscribers, who each must confirm.
 */
@Controller
@RequestMapping("/admin/marketing")
@PreAuthorize("hasAnyRole('ADMIN', 'CATALOG_MANAGER')")
class CampaignController {

	static final int SUBJECT_MAX = 200;

	static final int BODY_MAX = 100_000;

	private final Campaigns campaigns;

	private final SubscriberImport imports;

	private final AuditLog audit;

	CampaignController(Campaigns campaigns, SubscriberImport imports, AuditLog audit) {
		this.campaigns = campaigns;
		this.imports = imports;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer imported, @RequestParam(required = false) Integer skipped,
			@RequestParam(required = false) Integer invalid, Model model) {
		String note = imported == null ? null : imported + "/" + skipped + "/" + invalid;
		return page(model, Map.of(), new FormErrors(), note);
	}

	private String page(Model model, Map<String, String> typed, FormErrors errors, String importNote) {
		model.addAttribute("campaigns", campaigns.all());
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("importNote", importNote);
		return "marketing/admin";
	}

	@PostMapping("/campaigns")
	String create(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
		FormErrors errors = new FormErrors();
		Optional<Topic> topic = Topic.of(form.getOrDefault("topic", ""));
		if (topic.isEmpty()) {
			errors.add("topic", "marketing.topic.invalid");
		}
		for (String field : List.of("subjectEn", "subjectZh", "bodyEn", "bodyZh")) {
			String value = form.getOrDefault(field, "").strip();
			int max = field.startsWith("subject") ? SUBJECT_MAX : BODY_MAX;
			if (value.isEmpty()) {
				errors.add(field, "marketing.admin.required");
			}
			else if (value.length() > max) {
				errors.add(field, "marketing.admin.tooLong", max);
			}
		}
		if (errors.any()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, String> typed = new java.util.HashMap<>(form);
			typed.replaceAll((k, v) -> v.length() > BODY_MAX ? "" : v);
			return page(model, typed, errors, null);
		}
		UUID id = campaigns.create(topic.get(), form.get("subjectEn").strip(), form.get("subjectZh").strip(),
				form.get("bodyEn"), form.get("bodyZh"));
		audit.record(new AuditEntry(actor(), "marketing.campaign.written", null, null, id.toString()));
		return "redirect:/admin/marketing/campaigns/" + id;
	}

	@GetMapping("/campaigns/{id}")
	String preview(@PathVariable String id, @RequestParam(required = false) Integer sent, Model model) {
		model.addAttribute("campaign", campaigns.find(uuid(id)).orElseThrow(NotFoundException::new));
		model.addAttribute("queued", sent);
		return "marketing/preview";
	}

	/** Sends to every eligible subscriber not mailed yet: pressing it again mails nobody twice. */
	@PostMapping("/campaigns/{id}/send")
	String send(@PathVariable String id) {
		UUID campaign = uuid(id);
		campaigns.find(campaign).orElseThrow(NotFoundException::new);
		int queued = campaigns.send(campaign);
		audit.record(new AuditEntry(actor(), "marketing.campaign.sent", null, null, campaign + ": " + queued));
		return "redirect:/admin/marketing/campaigns/" + campaign + "?sent=" + queued;
	}

	@PostMapping("/import")
	String importSubscribers(@RequestParam(defaultValue = "") String csv, @RequestParam(defaultValue = "") String topic,
			Model model, HttpServletResponse response) {
		FormErrors errors = new FormErrors();
		Optional<Topic> chosen = Topic.of(topic);
		if (chosen.isEmpty()) {
			errors.add("importTopic", "marketing.topic.invalid");
		}
		if (csv.isBlank() || csv.length() > 1_000_000) {
			errors.add("csv", "marketing.admin.importBad");
		}
		if (!errors.any()) {
			try {
				SubscriberImport.Result result = imports.importCsv(csv, chosen.get());
				audit.record(new AuditEntry(actor(), "marketing.subscribers.imported", null, null,
						result.mailed() + " mailed, " + result.suppressed() + " suppressed skipped, " + result.invalid() + " invalid"));
				return "redirect:/admin/marketing?imported=" + result.mailed() + "&skipped=" + result.suppressed()
						+ "&invalid=" + result.invalid();
			}
			catch (SubscriberImport.UnreadableCsv e) {
				errors.add("csv", "marketing.admin.importBad");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(model, Map.of(), errors, null);
	}

	private static String actor() {
		return SignedIn.current().map(SignedIn::actor).orElse("system");
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException();
		}
	}
}
