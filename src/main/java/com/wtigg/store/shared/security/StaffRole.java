package com.wtigg.store.shared.security;

/**
 * What a staff member may do. Each role is granted as the authority {@code ROLE_<name>}, next to
 * {@code ROLE_STAFF}, and only once the second factor is checked.
 */
public enum StaffRole {

	SUPPORT_AGENT, FULFILMENT, CATALOG_MANAGER, PRIVACY_OFFICER, ADMIN;

	public static final String STAFF = "STAFF";

	public static final String CUSTOMER = "CUSTOMER";

	public String authority() {
		return "ROLE_" + name();
	}

	/** The message key of the role's name. */
	public String messageKey() {
		return "staff.role." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
