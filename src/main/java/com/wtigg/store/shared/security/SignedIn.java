package com.wtigg.store.shared.security;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.wtigg.store.shared.SubjectId;

/**
 * The person behind a request, by subject id only: the principal kept in the session, so the
 * session table holds no personal data. Its name is the subject id.
 *
 * @param roles the staff roles; empty for a customer
 */
public record SignedIn(SubjectId subject, Set<StaffRole> roles) implements Principal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public SignedIn {
		roles = Set.copyOf(roles);
	}

	@Override
	public String getName() {
		return subject.toString();
	}

	public boolean staff() {
		return !roles.isEmpty();
	}

	/** How the audit log names this person as the one who acted. */
	public String actor() {
		return (staff() ? "staff:" : "subject:") + subject;
	}

	/** The signed-in person of the current request, once fully signed in (second factor included). */
	public static Optional<SignedIn> current() {
		return from(SecurityContextHolder.getContext().getAuthentication());
	}

	public static Optional<SignedIn> from(Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof SignedIn signedIn
				&& authentication.getAuthorities().stream().noneMatch(a -> SecondFactor.PENDING.equals(a.getAuthority()))) {
			return Optional.of(signedIn);
		}
		return Optional.empty();
	}
}
