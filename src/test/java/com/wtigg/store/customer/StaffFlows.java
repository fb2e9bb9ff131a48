package com.wtigg.store.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.wtigg.store.WebClient;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.SecondFactor;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.security.StaffRole;

/**
 * Staff members signed in the way a person does it: an invitation's link, a name and password,
 * the authenticator app's secret read off the enrolment page, its code, the recovery codes.
 */
public final class StaffFlows {

	public static final String PASSWORD = "jade bangles from Flushing";

	private final Accounts accounts;

	private final AccountTokens tokens;

	private final int port;

	public StaffFlows(Accounts accounts, AccountTokens tokens, int port) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.port = port;
	}

	/** A staff member with a browser, signed in fully, and what enrolment gave them. */
	public record Staff(SubjectId subject, WebClient browser, String secret, List<String> recoveryCodes) {
	}

	public static String newEmail() {
		return "staff-" + UUID.randomUUID() + "@example.com";
	}

	/** An invitation made straight in the account store; its link, as the mail would carry it. */
	public String invitationLink(String email, Set<StaffRole> roles) {
		SubjectId subject = accounts.createInvitedStaff(new EmailAddress(email), roles, Locale.ENGLISH);
		return "/staff/invite/" + tokens.issue(subject, AccountTokens.Purpose.STAFF_INVITE, Duration.ofDays(7)).token();
	}

	/** Accepts an invitation and enrols; the browser stops at the recovery codes, second factor proven but sign-in not completed. */
	public Staff acceptAndEnrol(String link, String email) {
		WebClient browser = new WebClient(port);
		WebClient.Page form = browser.get(link);
		assertThat(form.status()).isEqualTo(200);
		WebClient.Page accepted = browser.post(link, "name", "Mei Lin", "password", PASSWORD, "passwordAgain", PASSWORD);
		assertThat(accepted.redirect()).hasValue("/account/second-factor");
		SubjectId subject = accounts.findByEmail(new EmailAddress(email)).orElseThrow().subject();
		return enrol(browser, subject);
	}

	/** On the enrolment page: reads the secret, sends its current code, reads the recovery codes. */
	public static Staff enrol(WebClient browser, SubjectId subject) {
		WebClient.Page enrolment = browser.get("/account/second-factor");
		assertThat(enrolment.status()).isEqualTo(200);
		assertThat(enrolment.html().select("img[src^=data:image/png;base64,]")).hasSize(1);
		String secret = enrolment.text("#totp-secret");
		assertThat(secret).matches("[A-Z2-7]{32}");
		WebClient.Page codes = browser.post("/account/second-factor/enrol", "code", code(secret, 0));
		assertThat(codes.status()).isEqualTo(200);
		List<String> recovery = codes.html().select("#recovery-codes code").eachText();
		assertThat(recovery).hasSize(10);
		assertThat(new HashSet<>(recovery)).hasSize(10);
		return new Staff(subject, browser, secret, recovery);
	}

	/** Invited with the roles, enrolled, and through to the back office. */
	public Staff signedIn(Set<StaffRole> roles) {
		String email = newEmail();
		Staff staff = acceptAndEnrol(invitationLink(email, roles), email);
		WebClient.Page home = staff.browser().post("/account/second-factor/continue");
		assertThat(home.redirect()).hasValue("/admin");
		assertThat(staff.browser().get("/admin").status()).isEqualTo(200);
		return staff;
	}

	/** The code an authenticator app shows, {@code offset} time steps from now. */
	public static String code(String secret, int offset) {
		try {
			return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + offset);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A six-digit code that is wrong for every step the store accepts now. */
	public static String wrongCode(String secret) {
		Set<String> right = new HashSet<>();
		for (int offset = -2; offset <= 2; offset++) {
			right.add(code(secret, offset));
		}
		for (int candidate = 123456;; candidate++) {
			String code = String.format(Locale.ROOT, "%06d", candidate % 1_000_000);
			if (!right.contains(code)) {
				return code;
			}
		}
	}

	/** The sign-in of a person whose password was right and whose second factor is due. */
	public static Authentication pending(SubjectId subject, Set<StaffRole> roles) {
		return UsernamePasswordAuthenticationToken.authenticated(new SignedIn(subject, roles), null,
				List.<GrantedAuthority>of(new SimpleGrantedAuthority(SecondFactor.PENDING)));
	}

	/** The sign-in of a staff member whose second factor was checked. */
	public static Authentication staff(SubjectId subject, Set<StaffRole> roles) {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + StaffRole.STAFF));
		roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return UsernamePasswordAuthenticationToken.authenticated(new SignedIn(subject, roles), null, authorities);
	}

	/** The sign-in of a customer. */
	public static Authentication customer(SubjectId subject) {
		return UsernamePasswordAuthenticationToken.authenticated(new SignedIn(subject, Set.of()), null,
				List.<GrantedAuthority>of(new SimpleGrantedAuthority("ROLE_" + StaffRole.CUSTOMER)));
	}
}
