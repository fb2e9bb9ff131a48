package com.wtigg.store.shared.web;

import java.util.List;

/**
 * Implemented by each module with back-office pages; the back office's home and menu list them
 * by the signed-in staff member's roles.
 */
public interface BackOfficeNavigation {

	List<BackOfficeLink> backOfficeLinks();
}
