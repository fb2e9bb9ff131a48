package com.wtigg.store.customer.backoffice;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.BackOfficeMenus;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * The back office's home: the pages the staff member's roles open, grouped by area, and the roles
 * themselves. Only staff with a checked second factor get here (the address rules).
 */
@Controller
class BackOfficeHomeController {

	private final BackOfficeMenus menus;

	BackOfficeHomeController(BackOfficeMenus menus) {
		this.menus = menus;
	}

	@GetMapping("/admin")
	String home(Model model) {
		SignedIn staff = SignedIn.current().filter(SignedIn::staff).orElseThrow(NotFoundException::new);
		List<StaffRole> roles = staff.roles().stream().sorted().toList();
		model.addAttribute("roles", roles);
		model.addAttribute("groups", menus.groups(staff.roles()));
		return "backoffice/home";
	}
}
