package com.wtigg.store.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

/**
 * Staff see a customer's personal data only after naming a purpose their role serves, and each
 * such view is recorded in the audit log: who, whose, why. Lists and searches show none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@PolicyClause("SEC-ACCESS")
class BackOfficeCustomerViewTest {

	private static final String NAME = "Zhang Xiuying";

	private static final String PHONE = "+1 718 555 0142";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	com.wtigg.store.privacy.Restrictions restrictions;

	StaffFlows flows;

	String email;

	SubjectId customer;

	@BeforeEach
	void setUp() {
		flows = new StaffFlows(accounts, tokens, port);
		email = "customer-" + java.util.UUID.randomUUID() + "@example.com";
		customer = accounts.createCustomer(new EmailAddress(email), NAME, PHONE, Locale.ENGLISH, "not-a-real-hash",
				LocalDate.of(2026, 1, 5));
	}

	private int viewed(SubjectId subject) {
		return jdbc.sql("select count(*) from audit_entry where action = 'customer.viewed' and subject_id = ?")
			.param(subject.value()).query(Integer.class).single();
	}

	private void assertNoPersonalData(WebClient.Page page) {
		assertThat(page.body()).doesNotContain(email).doesNotContain(NAME).doesNotContain(PHONE);
	}

	@Test
	void viewingACustomerNeedsAPurposeAndIsAuditedOnce(CapturedOutput output) {
		StaffFlows.Staff agent = flows.signedIn(EnumSet.of(StaffRole.SUPPORT_AGENT));
		WebClient browser = agent.browser();

		WebClient.Page ask = browser.get("/admin/customers/" + customer);
		assertThat(ask.status()).isEqualTo(200);
		assertNoPersonalData(ask);
		assertThat(ask.html().select("select[name=purpose] option").eachAttr("value")).containsExactly("",
				"support-inquiry", "order-fulfilment", "account-security");
		assertThat(viewed(customer)).isZero();

		WebClient.Page shown = browser.get("/admin/customers/" + customer + "?purpose=support-inquiry");
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.text("#customer-name")).isEqualTo(NAME);
		assertThat(shown.text("#customer-email")).isEqualTo(email);
		assertThat(shown.text("#customer-phone")).isEqualTo(PHONE);
		assertThat(shown.text("#customer-data")).contains("14 or older, checked on 2026-01-05", "Off");

		Map<String, Object> entry = jdbc.sql("select actor, purpose, detail from audit_entry where action = 'customer.viewed' and subject_id = ?")
			.param(customer.value()).query().singleRow();
		assertThat(entry).containsEntry("actor", "staff:" + agent.subject()).containsEntry("purpose", "support-inquiry");
		assertThat(viewed(customer)).isOne();
		assertThat(output.getAll()).doesNotContain(email).doesNotContain(NAME).doesNotContain(PHONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "?purpose=", "?purpose=curiosity", "?purpose=%3Cscript%3E", "?purpose=privacy-request" })
	void aMissingOrForeignPurposeShowsNothing(String query) {
		WebClient browser = flows.signedIn(EnumSet.of(StaffRole.FULFILMENT)).browser();
		WebClient.Page page = browser.get("/admin/customers/" + customer + query);
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#f-purpose-error")).containsAnyOf("Choose one of the purposes listed",
				"Your roles do not serve that purpose");
		assertNoPersonalData(page);
		assertThat(page.body()).doesNotContain("<script>");
		assertThat(viewed(customer)).isZero();
		assertThat(page.html().select("select[name=purpose] option").eachAttr("value")).containsExactly("", "order-fulfilment");
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1-1-1-1-1", "00000000-0000-0000-0000-000000000000", "%3Cscript%3E",
			"zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz" })
	void anUnknownOrMalformedIdGetsTheNotFoundPage(String id) {
		WebClient browser = flows.signedIn(EnumSet.of(StaffRole.PRIVACY_OFFICER)).browser();
		WebClient.Page page = browser.get("/admin/customers/" + id + "?purpose=privacy-request");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.html().select("header.site-header")).hasSize(1);
	}

	@Test
	@com.wtigg.store.PolicyClause("DSR-RESTRICT")
	void staffSeeOnTheCustomersRecordThatTheirProcessingIsRestricted() {
		WebClient browser = flows.signedIn(EnumSet.of(StaffRole.SUPPORT_AGENT)).browser();
		assertThat(browser.get("/admin/customers/" + customer + "?purpose=support-inquiry").html().select("#customer-restricted"))
			.isEmpty();
		restrictions.restrict(customer, "disputes the accuracy of the phone number");
		assertThat(browser.get("/admin/customers/" + customer + "?purpose=support-inquiry").text("#customer-restricted"))
			.contains("restricted the processing");
	}

	@Test
	void staffAccountsAreNotCustomers() {
		StaffFlows.Staff admin = flows.signedIn(EnumSet.of(StaffRole.ADMIN));
		assertThat(admin.browser().get("/admin/customers/" + admin.subject() + "?purpose=account-security").status())
			.isEqualTo(404);
	}

	@Test
	void theListShowsNoPersonalData() {
		WebClient browser = flows.signedIn(EnumSet.of(StaffRole.ADMIN)).browser();
		WebClient.Page list = browser.get("/admin/customers");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html().select("#customer-table a[href=/admin/customers/" + customer + "]")).hasSize(1);
		assertNoPersonalData(list);
		assertThat(list.text("main")).contains("The search by order number arrives with orders");
		assertThat(viewed(customer)).isZero();
		for (String page : new String[] { "abc", "0", "-1", "99999", "1.5" }) {
			WebClient.Page bad = browser.get("/admin/customers?page=" + page);
			assertThat(bad.status()).as(page).isEqualTo(400);
		}
	}

	@Test
	void theSearchByEmailLeadsToThePurposeQuestion() {
		WebClient browser = flows.signedIn(EnumSet.of(StaffRole.SUPPORT_AGENT)).browser();
		browser.get("/admin/customers");
		WebClient.Page found = browser.post("/admin/customers/search", "email", " " + email.toUpperCase(Locale.ROOT) + " ");
		assertThat(found.redirect()).hasValue("/admin/customers/" + customer);
		assertThat(found.redirect().get()).doesNotContain("@");
		assertThat(viewed(customer)).isZero();

		WebClient.Page none = browser.post("/admin/customers/search", "email", "nobody-" + email);
		assertThat(none.status()).isEqualTo(200);
		assertThat(none.text("#no-match")).contains("No customer account");

		WebClient.Page malformed = browser.post("/admin/customers/search", "email", "not an email\u0000");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.text("#f-email-error")).contains("Enter an email address such as");
		assertThat(malformed.html().select("#f-email").val()).isEqualTo("not an email");

		WebClient.Page empty = browser.post("/admin/customers/search", "email", "");
		assertThat(empty.text("#f-email-error")).contains("Enter the customer");

		WebClient.Page huge = browser.post("/admin/customers/search", "email", "a".repeat(10_000));
		assertThat(huge.status()).isEqualTo(400);

		assertThat(browser.postWithoutToken("/admin/customers/search", "email", email).status()).isEqualTo(403);
	}
}
