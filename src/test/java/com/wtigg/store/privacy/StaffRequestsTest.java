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
import com.wtigg.store.shared.SubjectId;
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

	SubjectId officerSubject;

	@BeforeEach
	void setUp() {
		mails = new PrivacyRequestMails(smtp);
		throttle.reset();
		StaffFlows.Staff staff = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.PRIVACY_OFFICER));
		officer = staff.browser();
		officerSubject = staff.subject();
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
	@PolicyClause("DSR-DEADLINE")
	void anOfficerTakesARequestTheQueueNamesWhoIsOnItAndFiltersByIt() {
		String email = AccountFixture.uniqueEmail("assigned");
		fixture.signedInCustomer(fixture.browser(), "Assigned Case", email);
		String reference = entered(email, "correction", "US");
		follow(email);
		String row = "tr[data-reference=" + reference + "]";
		assertThat(officer.get("/admin/privacy/requests?assigned=nobody").html().select(row)).hasSize(1);
		assertThat(officer.get("/admin/privacy/requests?assigned=me").html().select(row)).isEmpty();

		officer.get("/admin/privacy/requests/" + reference);
		assertThat(officer.post("/admin/privacy/requests/" + reference + "/assign").redirect()).isPresent();
		WebClient.Page mine = officer.get("/admin/privacy/requests?assigned=me");
		assertThat(mine.html().select(row + " td.assignee").text()).isEqualTo("You");
		assertThat(officer.get("/admin/privacy/requests?assigned=nobody").html().select(row)).isEmpty();
		assertThat(officer.get("/admin/privacy/requests/" + reference).text("#request-assignee")).isEqualTo("You");

		StaffFlows.Staff colleague = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.PRIVACY_OFFICER));
		String officerEmail = accounts.find(officerSubject).orElseThrow().email();
		WebClient.Page theirs = colleague.browser().get("/admin/privacy/requests?assigned=nobody");
		assertThat(theirs.html().select(row)).isEmpty();
		assertThat(colleague.browser().get("/admin/privacy/requests").html().select(row + " td.assignee").text())
			.isEqualTo(officerEmail);
		colleague.browser().get("/admin/privacy/requests/" + reference);
		colleague.browser().post("/admin/privacy/requests/" + reference + "/assign");
		assertThat(officer.get("/admin/privacy/requests?assigned=me").html().select(row)).isEmpty();
		officer.get("/admin/privacy/requests/" + reference);
		officer.post("/admin/privacy/requests/" + reference + "/release");
		assertThat(officer.get("/admin/privacy/requests?assigned=nobody").html().select(row)).hasSize(1);
		assertThat(officer.get("/admin/privacy/requests/" + reference).text("#request-trail"))
			.contains("assigned to staff:" + officerSubject).contains("assigned to staff:" + colleague.subject())
			.contains("released by its assignee");

		assertThat(officer.get("/admin/privacy/requests?assigned=everyone").status()).isEqualTo(400);
		officer.post("/admin/privacy/requests/" + reference + "/carry-out", "reason", "Address corrected");
		WebClient.Page closed = officer.post("/admin/privacy/requests/" + reference + "/assign");
		assertThat(closed.status()).isEqualTo(400);
		assertThat(closed.text(".form-errors, .error-summary, [role=alert]")).isNotBlank();
	}

	@Test
	@PolicyClause("DSR-DEADLINE")
	void theQueueColoursEachRequestByItsDaysLeft() {
		String overdue = openCorrection("late", "US");
		String soon = openCorrection("soon", "US");
		String fine = openCorrection("fine", "US");
		String closed = openCorrection("done", "US");
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/New_York"));
		dueOn(overdue, today.minusDays(1));
		dueOn(soon, today.plusDays(5));
		dueOn(fine, today.plusDays(6));
		officer.get("/admin/privacy/requests/" + closed);
		officer.post("/admin/privacy/requests/" + closed + "/carry-out", "reason", "Corrected");

		org.jsoup.nodes.Document queue = officer.get("/admin/privacy/requests").html();
		assertThat(queue.select("tr[data-reference=" + overdue + "]").attr("class")).isEqualTo("urgency-overdue");
		assertThat(queue.select("tr[data-reference=" + overdue + "]").text()).contains("-1 days").contains("overdue");
		assertThat(queue.select("tr[data-reference=" + soon + "]").attr("class")).isEqualTo("urgency-soon");
		assertThat(queue.select("tr[data-reference=" + soon + "]").text()).contains("5 days").contains("due soon");
		assertThat(queue.select("tr[data-reference=" + fine + "]").attr("class")).isEqualTo("urgency-fine");
		assertThat(queue.select("tr[data-reference=" + closed + "]").attr("class")).isEqualTo("urgency-closed");
		assertThat(officer.get("/admin/privacy/requests?dueBy=" + today).html().select("tr[data-reference]").eachAttr("data-reference"))
			.contains(overdue).doesNotContain(soon, fine);
	}

	private String openCorrection(String name, String country) {
		String email = AccountFixture.uniqueEmail(name);
		fixture.signedInCustomer(fixture.browser(), "Queue Case", email);
		String reference = entered(email, "correction", country);
		follow(email);
		return reference;
	}

	private void dueOn(String reference, java.time.LocalDate day) {
		jdbc.sql("update privacy_request set due_on = ? where reference = ?").params(day, reference).update();
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
