package com.wtigg.store.customer.backoffice;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.BackOfficeLink;

/**
 * Gives every back-office page (under {@code /admin}) the model attribute {@code backOfficeLinks}:
 * the links the signed-in staff member's roles open, for the {@code backoffice/menu} template.
 * Other pages get an empty list.
 */
@ControllerAdvice(annotations = Controller.class)
class BackOfficeMenuAdvice {

	private final BackOfficeMenus menus;

	BackOfficeMenuAdvice(BackOfficeMenus menus) {
		this.menus = menus;
	}

	@ModelAttribute("backOfficeLinks")
	List<BackOfficeLink> backOfficeLinks(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (!path.equals("/admin") && !path.startsWith("/admin/")) {
			return List.of();
		}
		Set<StaffRole> roles = SignedIn.current().filter(SignedIn::staff).map(SignedIn::roles).orElse(Set.of());
		return roles.isEmpty() ? List.of() : menus.links(roles);
	}
}
