package com.wtigg.store.shared.web;

import java.util.Set;

import com.wtigg.store.shared.security.StaffRole;

/**
 * A back-office page in the staff navigation, shown to the roles that may open it.
 *
 * @param messageKey the key of its name in the message bundles
 */
public record BackOfficeLink(String path, String messageKey, Set<StaffRole> roles) {

	public BackOfficeLink {
		roles = Set.copyOf(roles);
	}
}
