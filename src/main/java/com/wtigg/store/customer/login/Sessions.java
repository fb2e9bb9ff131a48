package com.wtigg.store.customer.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import com.wtigg.store.shared.SubjectId;

/**
 * Ends sessions: the current one at sign-out, and every session of an account after its password
 * changes or it is closed (sessions are found by their principal, the subject id).
 */
@Component
public class Sessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends the request's session. */
	public void endCurrent(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

	/** Ends every session of the subject but the request's own (if given); returns how many. */
	public int endAll(SubjectId subject, HttpServletRequest keep) {
		HttpSession current = keep == null ? null : keep.getSession(false);
		String keepId = current == null ? null : current.getId();
		int ended = 0;
		for (String id : sessions.findByPrincipalName(subject.toString()).keySet()) {
			if (!id.equals(keepId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}
}
