package com.wtigg.store.customer.backoffice;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.wtigg.store.shared.security.StaffRole;

/**
 * Why a staff member opens a customer's personal data, and which roles may give that reason: each
 * role reads data only for the work it does (admins for any).
 */
public enum ViewPurpose {

	SUPPORT_INQUIRY("support-inquiry", EnumSet.of(StaffRole.SUPPORT_AGENT)),
	ORDER_FULFILMENT("order-fulfilment", EnumSet.of(StaffRole.FULFILMENT, StaffRole.SUPPORT_AGENT)),
	PRIVACY_REQUEST("privacy-request", EnumSet.of(StaffRole.PRIVACY_OFFICER)),
	ACCOUNT_SECURITY("account-security", EnumSet.of(StaffRole.SUPPORT_AGENT, StaffRole.PRIVACY_OFFICER));

	private final String param;

	private final Set<StaffRole> roles;

	ViewPurpose(String param, Set<StaffRole> roles) {
		this.param = param;
		this.roles = roles;
	}

	/** How the purpose appears in the address and in the audit log. */
	public String param() {
		return param;
	}

	public String messageKey() {
		return "customers.purpose." + param;
	}

	boolean allowedFor(Set<StaffRole> staffRoles) {
		return staffRoles.contains(StaffRole.ADMIN) || staffRoles.stream().anyMatch(roles::contains);
	}

	static Optional<ViewPurpose> of(String param) {
		return Arrays.stream(values()).filter(p -> p.param.equals(param)).findFirst();
	}

	static List<ViewPurpose> allowed(Set<StaffRole> staffRoles) {
		return Arrays.stream(values()).filter(p -> p.allowedFor(staffRoles)).toList();
	}
}
