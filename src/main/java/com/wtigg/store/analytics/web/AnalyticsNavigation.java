package com.wtigg.store.analytics.web;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.BackOfficeLink;
import com.wtigg.store.shared.web.BackOfficeNavigation;

/**
 * The analytics dashboard in the back-office menu for admins and catalog managers, and the script
 * inventory for admins.
 */
@Component
class AnalyticsNavigation implements BackOfficeNavigation {

	static final String DASHBOARD_ROLES = "hasAnyRole('ADMIN','CATALOG_MANAGER')";

	static final String SCRIPTS_ROLES = "hasRole('ADMIN')";

	@Override
	public List<BackOfficeLink> backOfficeLinks() {
		return List.of(
				new BackOfficeLink("/admin/analytics", "analytics.admin.title", EnumSet.of(StaffRole.ADMIN, StaffRole.CATALOG_MANAGER)),
				new BackOfficeLink("/admin/scripts", "analytics.scripts.title", EnumSet.of(StaffRole.ADMIN)));
	}
}
