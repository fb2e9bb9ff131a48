package com.wtigg.store.ordering.backoffice;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.BackOfficeLink;
import com.wtigg.store.shared.web.BackOfficeNavigation;

/**
 * The orders page in the back-office menu, for fulfilment staff and admins.
 */
@Component
class OrderingBackOfficeLinks implements BackOfficeNavigation {

	static final EnumSet<StaffRole> ORDER_ROLES = EnumSet.of(StaffRole.FULFILMENT, StaffRole.ADMIN);

	@Override
	public List<BackOfficeLink> backOfficeLinks() {
		return List.of(new BackOfficeLink("/admin/orders", "backoffice.link.orders", ORDER_ROLES));
	}
}
