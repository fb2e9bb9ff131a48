package com.wtigg.store.privacy.requests;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.BackOfficeLink;
import com.wtigg.store.shared.web.BackOfficeNavigation;

/** The request queue's place in the back-office menu, for the privacy officer and admins. */
@Component
class PrivacyNavigation implements BackOfficeNavigation {

	@Override
	public List<BackOfficeLink> backOfficeLinks() {
		return List.of(new BackOfficeLink("/admin/privacy/requests", "privacy.admin.title",
				EnumSet.of(StaffRole.ADMIN, StaffRole.PRIVACY_OFFICER)));
	}
}
