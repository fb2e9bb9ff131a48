package com.wtigg.store.shared.web;

import java.util.List;

/**
 * The links of the main navigation, provided by the module that owns them (the catalog's categories).
 */
public interface SiteNavigation {

	List<NavLink> mainLinks();
}
