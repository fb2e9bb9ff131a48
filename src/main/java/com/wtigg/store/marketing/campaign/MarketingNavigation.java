package com.wtigg.store.marketing.campaign;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.BackOfficeLink;
import com.wtigg.store.shared.web.BackOfficeNavigation;

/**
 * The campaigns' place in the back-office menu, for admins and catalog managers.
 */
@Component
class MarketingNavigation implements BackOfficeNavigation {

	@Override
	public List<BackOfficeLink> backOfficeLinks() {
		return List.of(new BackOfficeLink("/admin/marketing", "admin.marketing.title",
				EnumSet.of(StaffRole.ADMIN, StaffRole.CATALOG_MANAGER)));
	}
}
