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

/** A child's account, reported by a parent or by staff, is erased once the privacy officer confirms. */
@AccountTest
@PolicyClause("MIN-DELETE")
class MinorReportTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountFixture fixture;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestThrottle throttle;

	PrivacyRequestMails mails;

	@BeforeEach
	void setUp() {
		mails = new PrivacyRequestMails(smtp);
		throttle.reset();
	}

	private int accountsOf(SubjectId subject) {
		return jdbc.sql("select count(*) from account where subject_id = ?").param(subject.value()).query(Integer.class).single();
	}

	private String latestReference() {
		return jdbc.sql("select reference from privacy_request where type = 'minor_erasure' order by received_at desc limit 1")
			.query(String.class).single();
	}

	@Test
	void aParentsReportIsProvenByTheirOwnLinkAndTheAccountGoesWhenTheOfficerConfirms() {
		String childEmail = AccountFixture.uniqueEmail("child");
		SubjectId child = fixture.signedInCustomer(fixture.browser(), "Young One", childEmail);
		String parentEmail = AccountFixture.uniqueEmail("parent");
		WebClient parent = fixture.browser();
		parent.get("/privacy/minors");
		assertThat(parent.post("/privacy/minors", "relation", "parent", "email", parentEmail, "childEmail", childEmail,
				"country", "US", "details", "She is 12").status()).isEqualTo(200);
		assertThat(mails.texts(childEmail)).noneMatch(t -> t.contains("/privacy/requests/verify"));
		String token = mails.verifyToken(parentEmail, 0);
		parent.get("/privacy/requests/verify?token=" + token);
		parent.post("/privacy/requests/verify", "token", token);
		assertThat(accountsOf(child)).isOne();

		WebClient officer = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.PRIVACY_OFFICER)).browser();
		String reference = latestReference();
		assertThat(officer.get("/admin/privacy/requests/" + reference).text("#request-about")).isEqualTo(childEmail);
		officer.post("/admin/privacy/requests/" + reference + "/carry-out", "reason", "Birth date on the school letter: 2014");
		assertThat(accountsOf(child)).isZero();
		assertThat(mails.awaitText(parentEmail, "The child's account is erased")).contains(reference);
	}

	@Test
	void aStaffReportNeedsNoLinkButStillTheOfficersConfirmation() {
		String childEmail = AccountFixture.uniqueEmail("kid");
		SubjectId child = fixture.signedInCustomer(fixture.browser(), "Kid Buyer", childEmail);
		WebClient agent = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.SUPPORT_AGENT)).browser();
		agent.get("/admin/privacy/minors");
		assertThat(agent.post("/admin/privacy/minors", "childEmail", childEmail, "note", "").status()).isEqualTo(400);
		assertThat(agent.post("/admin/privacy/minors", "childEmail", "nope", "note", "Said so in chat").status()).isEqualTo(400);
		WebClient.Page reported = agent.post("/admin/privacy/minors", "childEmail", childEmail, "note", "Said they are 11 in a support chat");
		assertThat(reported.redirect()).isPresent();
		assertThat(accountsOf(child)).isOne();
		// a support agent reports, only the privacy officer decides
		assertThat(agent.get(reported.redirect().get()).status()).isEqualTo(403);

		WebClient officer = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.PRIVACY_OFFICER)).browser();
		String reference = latestReference();
		officer.get("/admin/privacy/requests/" + reference);
		officer.post("/admin/privacy/requests/" + reference + "/carry-out", "reason", "Confirmed with the customer's parent");
		assertThat(accountsOf(child)).isZero();
	}

	@Test
	void aReportWithoutARelationOrWithABadAddressIsRefusedAndKeepsWhatWasTyped() {
		WebClient parent = fixture.browser();
		parent.get("/privacy/minors");
		WebClient.Page bad = parent.post("/privacy/minors", "email", "parent@example.com", "childEmail", "not-an-address",
				"country", "US");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.html().select("#relation-error, #childEmail-error")).hasSize(2);
		assertThat(bad.html().select("#email").attr("value")).isEqualTo("parent@example.com");
	}
}
