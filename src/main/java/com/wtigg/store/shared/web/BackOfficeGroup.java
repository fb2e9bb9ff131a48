package com.wtigg.store.shared.web;

import java.util.List;


/**
 * The back-office links one module provides.
 *
 * @param module the module's name, such as {@code customer}; its heading is {@code backoffice.group.<module>}
 */
public record BackOfficeGroup(String module, List<BackOfficeLink> links) {
}
