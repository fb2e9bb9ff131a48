package com.wtigg.store.customer.secondfactor;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

import com.wtigg.store.shared.security.SignedIn;

/**
 * The sign-in of the current request as the second-factor pages see it, and ending it.
 */
final class PendingSignIn {

	private PendingSignIn() {
	}

	/**
	 * The person whose password was accepted: present while the second factor is due (with only
	 * the pending authority) as well as after.
	 */
	static Optional<SignedIn> principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated() && authentication.getPrincipal() instanceof SignedIn signedIn) {
			return Optional.of(signedIn);
		}
		return Optional.empty();
	}

	/** Signs out: the session is invalidated and the security context cleared. */
	static void end(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
	}
}
