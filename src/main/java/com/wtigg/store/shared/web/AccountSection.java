package com.wtigg.store.shared.web;

import gg.jte.Content;

import com.wtigg.store.shared.SubjectId;

/**
 * A section another module adds to the signed-in person's account page (such as the newsletter's),
 * so that the account page needs to know no module that depends on accounts.
 */
public interface AccountSection {

	/** The section's HTML for this person, in the page's language. */
	Content section(SubjectId subject, PageContext ctx);
}
