package com.wtigg.store.shipping.web;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.BackOfficeLink;
import com.wtigg.store.shared.web.BackOfficeNavigation;

/**
 * Shipments in the back-office menu, for fulfilment staff and admins.
 */
@Component
class ShippingNavigation implements BackOfficeNavigation {

	static final EnumSet<StaffRole> ROLES = EnumSet.of(StaffRole.FULFILMENT, StaffRole.ADMIN);

	@Override
	public List<BackOfficeLink> backOfficeLinks() {
		return List.of(new BackOfficeLink("/admin/shipping", "shipping.admin.title", ROLES));
	}
}
