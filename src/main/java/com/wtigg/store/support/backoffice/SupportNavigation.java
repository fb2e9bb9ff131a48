package com.wtigg.store.support.backoffice;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.BackOfficeLink;
import com.wtigg.store.shared.web.BackOfficeNavigation;

/**
 * The support queue in the back-office menu, for support agents and admins.
 */
@Component
class SupportNavigation implements BackOfficeNavigation {

	@Override
	public List<BackOfficeLink> backOfficeLinks() {
		return List.of(new BackOfficeLink("/admin/support", "backoffice.link.support",
				EnumSet.of(StaffRole.SUPPORT_AGENT, StaffRole.ADMIN)));
	}
}
