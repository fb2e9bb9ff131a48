package com.wtigg.store.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Implemented by a module whose scripts run only when the visitor allows them (analytics): the
 * page frame adds the tags it returns for this request, and no others.
 */
public interface PageScripts {

	/** The script tags this request's visitor allows; empty when none may run. */
	List<ScriptTag> scripts(HttpServletRequest request);
}
