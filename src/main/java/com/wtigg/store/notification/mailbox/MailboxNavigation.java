package com.wtigg.store.notification.mailbox;

import java.util.EnumSet;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import com.wtigg.store.shared.security.StaffRole;
import com.wtigg.store.shared.web.BackOfficeLink;
import com.wtigg.store.shared.web.BackOfficeNavigation;

/**
 * The mailbox's place in the back-office menu, in the default run only.
 */
@Component
@ConditionalOnBooleanProperty("store.mail.embedded")
class MailboxNavigation implements BackOfficeNavigation {

	@Override
	public List<BackOfficeLink> backOfficeLinks() {
		return List.of(new BackOfficeLink("/admin/mailbox", "admin.mailbox.title", EnumSet.of(StaffRole.ADMIN)));
	}
}
