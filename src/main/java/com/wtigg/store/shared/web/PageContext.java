package com.wtigg.store.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import com.wtigg.store.shared.Languages;
import com.wtigg.store.shared.LocalizedText;
import com.wtigg.store.shared.StoreIdentity;

/**
 * What every page's template needs besides its own content: the language and its texts, asset
 * addresses, the store's identity, the navigation and the cart badge.
 *
 * @param path the current path and query, to come back to after switching language
 * @param csrf the token every form that changes something sends back
 * @param signedIn whether someone is fully signed in
 * @param staff whether that someone is staff
 * @param backOfficeLinks on back-office pages, the pages the staff member's roles open; else empty
 * @param consent the visitor's cookie consent: the banner, the GPC notice, which scripts may load
 * @param scripts scripts this visitor's choices allow on the page, besides the store's own (analytics)
 */
public record PageContext(Locale locale, MessageSource messages, Assets assets, StoreIdentity store,
		List<NavLink> navigation, int cartCount, String path, FormToken csrf, boolean signedIn, boolean staff,
		List<BackOfficeLink> backOfficeLinks,
		// consent: cookie choice (begin)
		VisitorConsent consent,
		// consent: cookie choice (end)
		List<ScriptTag> scripts) {

	/** A page context before any cookie choice and without optional scripts (pages rendered outside a request, tests). */
	public PageContext(Locale locale, MessageSource messages, Assets assets, StoreIdentity store, List<NavLink> navigation,
			int cartCount, String path, FormToken csrf, boolean signedIn, boolean staff, List<BackOfficeLink> backOfficeLinks) {
		this(locale, messages, assets, store, navigation, cartCount, path, csrf, signedIn, staff, backOfficeLinks,
				VisitorConsent.NONE, List.of());
	}

	/** A page context with the visitor's cookie consent and no optional scripts. */
	public PageContext(Locale locale, MessageSource messages, Assets assets, StoreIdentity store, List<NavLink> navigation,
			int cartCount, String path, FormToken csrf, boolean signedIn, boolean staff, List<BackOfficeLink> backOfficeLinks,
			VisitorConsent consent) {
		this(locale, messages, assets, store, navigation, cartCount, path, csrf, signedIn, staff, backOfficeLinks, consent,
				List.of());
	}

	/** A page context before any cookie choice, with optional scripts. */
	public PageContext(Locale locale, MessageSource messages, Assets assets, StoreIdentity store, List<NavLink> navigation,
			int cartCount, String path, FormToken csrf, boolean signedIn, boolean staff, List<BackOfficeLink> backOfficeLinks,
			List<ScriptTag> scripts) {
		this(locale, messages, assets, store, navigation, cartCount, path, csrf, signedIn, staff, backOfficeLinks,
				VisitorConsent.NONE, scripts);
	}

	/** The text for a message key in the page's language; localized arguments are shown in it too. */
	public String t(String key, Object... args) {
		Object[] shown = args;
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof LocalizedText text) {
				if (shown == args) {
					shown = args.clone();
				}
				shown[i] = text.in(locale);
			}
		}
		return messages.getMessage(key, shown, key, locale);
	}

	public String text(LocalizedText text) {
		return text.in(locale);
	}

	public String lang() {
		return Languages.tag(locale);
	}

	public boolean chinese() {
		return Languages.isChinese(locale);
	}

	/** The address of a static file, carrying its content hash so it can be cached for good. */
	public String asset(String path) {
		return assets.url(path);
	}

	/** The Subresource Integrity value ({@code sha384-…}) of a static file, as it is served. */
	public String integrity(String path) {
		return assets.integrity(path);
	}
}
