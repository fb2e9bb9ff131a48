package com.wtigg.store.audit.web;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.BackOfficeLink;
import com.wtigg.store.shared.web.BackOfficeNavigation;

/**
 * The audit log's place in the back-office menu.
 */
@Component
class AuditNavigation implements BackOfficeNavigation {

	@Override
	public List<BackOfficeLink> backOfficeLinks() {
		return List.of(new BackOfficeLink("/admin/audit", "admin.audit.title",
				EnumSet.of(StaffRole.ADMIN, StaffRole.PRIVACY_OFFICER)));
	}
}
