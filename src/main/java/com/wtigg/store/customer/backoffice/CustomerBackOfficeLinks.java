package com.wtigg.store.customer.backoffice;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.BackOfficeLink;
import com.wtigg.store.shared.web.BackOfficeNavigation;

/**
 * The customer module's back-office pages: customers (for the roles that serve them) and staff
 * (admins only).
 */
@Component
class CustomerBackOfficeLinks implements BackOfficeNavigation {

	static final EnumSet<StaffRole> CUSTOMER_ROLES = EnumSet.of(StaffRole.ADMIN, StaffRole.SUPPORT_AGENT,
			StaffRole.FULFILMENT, StaffRole.PRIVACY_OFFICER);

	@Override
	public List<BackOfficeLink> backOfficeLinks() {
		return List.of(new BackOfficeLink("/admin/customers", "backoffice.link.customers", CUSTOMER_ROLES),
				new BackOfficeLink("/admin/staff", "backoffice.link.staff", EnumSet.of(StaffRole.ADMIN)));
	}
}
