package com.wtigg.store.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import com.wtigg.store.shared.security.StaffRole;

/**
 * The back-office links a staff member's roles open, from every module's
 * {@link BackOfficeNavigation}, grouped by the module that provides them.
 */
@Component
public class BackOfficeMenus {

	private static final String BASE_PACKAGE = "com.wtigg.store.";

	private final ObjectProvider<BackOfficeNavigation> navigations;

	BackOfficeMenus(ObjectProvider<BackOfficeNavigation> navigations) {
		this.navigations = navigations;
	}

	/** The links the roles open, grouped by the module that provides them, in module order. */
	public List<BackOfficeGroup> groups(Set<StaffRole> roles) {
		Map<String, List<BackOfficeLink>> byModule = new LinkedHashMap<>();
		navigations.orderedStream().forEach(navigation -> {
			List<BackOfficeLink> open = navigation.backOfficeLinks().stream()
				.filter(link -> link.roles().stream().anyMatch(roles::contains)).toList();
			if (!open.isEmpty()) {
				byModule.computeIfAbsent(module(navigation), m -> new ArrayList<>()).addAll(open);
			}
		});
		return byModule.entrySet().stream().map(e -> new BackOfficeGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	/** The links the roles open, as one list. */
	public List<BackOfficeLink> links(Set<StaffRole> roles) {
		return groups(roles).stream().flatMap(group -> group.links().stream()).toList();
	}

	private static String module(BackOfficeNavigation navigation) {
		String name = ClassUtils.getUserClass(navigation).getName();
		if (!name.startsWith(BASE_PACKAGE)) {
			return "other";
		}
		String rest = name.substring(BASE_PACKAGE.length());
		int dot = rest.indexOf('.');
		return (dot < 0 ? rest : rest.substring(0, dot)).toLowerCase(Locale.ROOT);
	}
}
