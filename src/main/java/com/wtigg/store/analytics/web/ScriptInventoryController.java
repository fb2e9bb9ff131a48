package com.wtigg.store.analytics.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The script inventory for admins ({@code /admin/scripts}): every script the store serves, its
 * address, its integrity hash, and when pages load it.
 */
@Controller
class ScriptInventoryController {

	private final ScriptInventory inventory;

	ScriptInventoryController(ScriptInventory inventory) {
		this.inventory = inventory;
	}

	@GetMapping("/admin/scripts")
	@PreAuthorize(AnalyticsNavigation.SCRIPTS_ROLES)
	String scripts(Model model) {
		model.addAttribute("scripts", inventory.scripts());
		return "analytics/scripts";
	}
}
