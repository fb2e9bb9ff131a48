package com.wtigg.store.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.privacy.requests.RequestThrottle;
import com.wtigg.store.shared.security.StaffRole;

/**
 * The privacy officer's queue: requests entered from a mail or letter still need the email link,
 * every decision carries a written reason that reaches the subject, an extension stays within the
 * law, the trail records each view, and the CSV log names nobody.
 */
@AccountTest
class StaffRequestsTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	@Autowired
	AccountFixture fixture;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestThrottle throttle;

	PrivacyRequestMails mails;

	WebClient officer;

	@BeforeEach
	void setUp() {
		mails = new PrivacyRequestMails(smtp);
		throttle.reset();
		officer = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.PRIVACY_OFFICER)).browser();
	}

	private String entered(String email, String type, String country) {
		officer.get("/admin/privacy/requests");
		WebClient.Page entered = officer.post("/admin/privacy/requests", "channel", "post", "type", type, "email", email,
				"country", country, "details", "Letter of 1 December asking to stop");
		String location = entered.redirect().orElseThrow();
		assertThat(location).startsWith("/admin/privacy/requests/PR-");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private void follow(String email) {
		WebClient person = fixture.browser();
		String token = mails.verifyToken(email, 0);
		person.get("/privacy/requests/verify?token=" + token);
		assertThat(person.post("/privacy/requests/verify", "token", token).status()).isEqualTo(200);
	}

	@Test
	@PolicyClause({ "DSR-CHANNELS", "DSR-REFUSAL" })
	void aLetterEnteredByStaffWaitsForTheEmailLinkAndARefusalSendsItsWrittenReason() {
		String email = AccountFixture.uniqueEmail("letter");
		WebClient registered = fixture.browser();
		fixture.signedInCustomer(registered, "Letter Writer", email);
		String reference = entered(email, "deletion", "US");

		WebClient.Page before = officer.get("/admin/privacy/requests/" + reference);
		assertThat(before.text("#request-status")).contains("waiting");
		assertThat(before.html().select("#carry-out-form")).isEmpty();
		follow(email);
		WebClient.Page open = officer.get("/admin/privacy/requests/" + reference);
		assertThat(open.text("#request-verification")).isEqualTo("email link");
		WebClient.Page noReason = officer.post("/admin/privacy/requests/" + reference + "/refuse", "refusal", "  ");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.html().select("#refusal-error")).hasSize(1);

		officer.post("/admin/privacy/requests/" + reference + "/refuse", "refusal", "A court order obliges us to keep this account");
		assertThat(mails.awaitText(email, "Our reason: A court order obliges us to keep this account")).contains(reference);
		assertThat(officer.get("/admin/privacy/requests/" + reference).text("#request-trail"))
			.contains("viewed by staff").contains("refused with a written reason");
	}

	@Test
	@PolicyClause("DSR-DEADLINE")
	void anExtensionStaysWithinTheLawsLimitHappensOnceAndTellsTheSubjectWhy() {
		String email = AccountFixture.uniqueEmail("slow");
		fixture.signedInCustomer(fixture.browser(), "Slow Case", email);
		String reference = entered(email, "correction", "DE");
		follow(email);
		String due = jdbc.sql("select due_on::text from privacy_request where reference = ?").param(reference).query(String.class).single();
		String latest = jdbc.sql("select latest_due_on::text from privacy_request where reference = ?").param(reference)
			.query(String.class).single();
		officer.get("/admin/privacy/requests/" + reference);
		assertThat(officer.post("/admin/privacy/requests/" + reference + "/extend", "to", "2099-01-01", "extension", "Complex").status())
			.isEqualTo(400);
		assertThat(officer.post("/admin/privacy/requests/" + reference + "/extend", "to", due, "extension", "Complex").status())
			.isEqualTo(400);
		assertThat(officer.post("/admin/privacy/requests/" + reference + "/extend", "to", "soon", "extension", "Complex").status())
			.isEqualTo(400);
		assertThat(officer.post("/admin/privacy/requests/" + reference + "/extend", "to", latest, "extension",
				"Your request names records in three systems").redirect()).isPresent();
		assertThat(mails.awaitText(email, "Your request names records in three systems")).contains(latest);
		assertThat(officer.post("/admin/privacy/requests/" + reference + "/extend", "to", latest, "extension", "Again").status())
			.isEqualTo(400);
		assertThat(officer.get("/admin/privacy/requests?type=correction&status=open").html()
			.select("tr[data-reference=" + reference + "]")).hasSize(1);
	}

	@Test
	@PolicyClause("DSR-CORRECT")
	void aCorrectionIsGrantedWithANoteAndTheSubjectIsTold() {
		String email = AccountFixture.uniqueEmail("fix");
		fixture.signedInCustomer(fixture.browser(), "Fix Me", email);
		String reference = entered(email, "correction", "US");
		assertThat(officer.get("/admin/privacy/requests/" + reference).html().select("#carry-out-form")).isEmpty();
		follow(email);
		officer.get("/admin/privacy/requests/" + reference);
		assertThat(officer.post("/admin/privacy/requests/" + reference + "/carry-out", "reason", "").status()).isEqualTo(400);
		officer.post("/admin/privacy/requests/" + reference + "/carry-out", "reason", "Shipping address corrected in the account");
		assertThat(mails.awaitText(email, "Your data is corrected")).contains(reference);
		assertThat(officer.post("/admin/privacy/requests/" + reference + "/carry-out", "reason", "twice").status()).isEqualTo(400);
	}

	@Test
	void theLogIsACsvWithoutPersonalDataAndTheQueueIsForThePrivacyOfficerOnly() {
		String email = AccountFixture.uniqueEmail("logged");
		String reference = entered(email, "deletion", "CN");
		WebClient.Page csv = officer.get("/admin/privacy/requests/log.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
		assertThat(csv.body()).startsWith("reference,type,channel").contains(reference + ",deletion,post,china")
			.doesNotContain(email).doesNotContain("Letter of");
		WebClient fulfilment = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.FULFILMENT)).browser();
		assertThat(fulfilment.get("/admin/privacy/requests").status()).isEqualTo(403);
		assertThat(fulfilment.get("/admin/privacy/requests/log.csv").status()).isEqualTo(403);
		assertThat(officer.get("/admin/privacy/requests?status=lost").status()).isEqualTo(400);
		assertThat(officer.get("/admin/privacy/requests/PR-NOSUCH00").status()).isEqualTo(404);
		WebClient.Page badEntry = officer.post("/admin/privacy/requests", "channel", "pigeon", "type", "access", "email", "x",
				"country", "US");
		assertThat(badEntry.status()).isEqualTo(400);
		assertThat(badEntry.html().select("#orderNumber-error, .field-error")).hasSizeGreaterThanOrEqualTo(3);
	}
}
