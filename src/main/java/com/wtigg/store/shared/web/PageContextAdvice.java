package com.wtigg.store.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.wtigg.store.shared.StoreIdentity;
import com.wtigg.store.shared.security.SignedIn;

/**
 * Gives every page its {@link PageContext} as the model attribute {@code ctx}.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class PageContextAdvice {

	private final MessageSource messages;

	private final Assets assets;

	private final StoreIdentity store;

	private final ObjectProvider<SiteNavigation> navigation;

	private final ObjectProvider<CartBadge> cartBadge;

	private final BackOfficeMenus menus;

	// consent: cookie choice (begin)
	private final ObjectProvider<VisitorConsents> consents;
	// consent: cookie choice (end)

	private final ObjectProvider<PageScripts> pageScripts;

	PageContextAdvice(MessageSource messages, Assets assets, StoreIdentity store, ObjectProvider<SiteNavigation> navigation,
			ObjectProvider<CartBadge> cartBadge, BackOfficeMenus menus, ObjectProvider<VisitorConsents> consents,
			ObjectProvider<PageScripts> pageScripts) {
		this.consents = consents;
		this.pageScripts = pageScripts;
		this.messages = messages;
		this.assets = assets;
		this.store = store;
		this.navigation = navigation;
		this.cartBadge = cartBadge;
		this.menus = menus;
	}

	@ModelAttribute("ctx")
	PageContext pageContext(HttpServletRequest request, Locale locale) {
		return of(request, locale);
	}

	/** The context of a page rendered outside a controller method, such as an error page. */
	public PageContext of(HttpServletRequest request, Locale locale) {
		List<NavLink> links = navigation.stream().flatMap(n -> n.mainLinks().stream()).toList();
		int count = cartBadge.stream().mapToInt(b -> b.itemCount(request)).sum();
		String query = request.getQueryString();
		String path = request.getRequestURI() + (query == null ? "" : "?" + query);
		var signedIn = SignedIn.current();
		String uri = request.getRequestURI();
		List<BackOfficeLink> backOffice = (uri.equals("/admin") || uri.startsWith("/admin/"))
				? signedIn.filter(SignedIn::staff).map(s -> menus.links(s.roles())).orElse(List.of()) : List.of();
		return new PageContext(locale, messages, assets, store, links, count, path, FormToken.of(request),
				signedIn.isPresent(), signedIn.map(SignedIn::staff).orElse(false), backOffice,
				// consent: cookie choice
				consents.stream().findFirst().map(c -> c.of(request)).orElse(VisitorConsent.NONE),
				// optional scripts (analytics): only those the visitor's choices allow
				pageScripts.orderedStream().flatMap(s -> s.scripts(request).stream()).toList());
	}
}
