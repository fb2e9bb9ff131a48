package com.wtigg.store.analytics.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.wtigg.store.analytics.recording.AnalyticsPermission;
import com.wtigg.store.analytics.recording.RecordedPaths;
import com.wtigg.store.shared.web.Assets;
import com.wtigg.store.shared.web.PageScripts;
import com.wtigg.store.shared.web.ScriptTag;

/**
 * The analytics scripts of a page: none before a choice, after a refusal, for a restricted subject
 * or on a page that is not counted; with analytics consent the store's beacon script and, when a
 * measurement id is configured, the Google Analytics loader (CKE-GA), each with its integrity hash.
 */
@Component
class AnalyticsScripts implements PageScripts {

	static final String BEACON = "/js/analytics.js";

	static final String GA_LOADER = "/js/ga-consent.js";

	private final AnalyticsPermission permission;

	private final RecordedPaths paths;

	private final GoogleAnalytics ga;

	private final Assets assets;

	AnalyticsScripts(AnalyticsPermission permission, RecordedPaths paths, GoogleAnalytics ga, Assets assets) {
		this.permission = permission;
		this.paths = paths;
		this.ga = ga;
		this.assets = assets;
	}

	@Override
	public List<ScriptTag> scripts(HttpServletRequest request) {
		if (!paths.recorded(request.getRequestURI()) || !permission.of(request).allowed()) {
			return List.of();
		}
		List<ScriptTag> tags = new ArrayList<>(2);
		tags.add(new ScriptTag(assets.url(BEACON), assets.integrity(BEACON), null));
		ga.measurementId().ifPresent(id -> tags.add(new ScriptTag(assets.url(GA_LOADER), assets.integrity(GA_LOADER), id)));
		return tags;
	}
}
