package com.wtigg.store.consent.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.shared.SubjectId;

/**
 * A signed-in customer's opt-out of sale and sharing is recorded by subject and holds on every
 * browser they sign in from; their cookie choices are recorded by subject, not by browser.
 */
@AccountTest
@PolicyClause({ "SHR-NOSALE", "CKE-CHOICE" })
class SignedInDoNotSellTest {

	@Autowired
	AccountFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOptOutIsRecordedBySubjectAndHoldsOnAnotherBrowser() {
		String email = AccountFixture.uniqueEmail("nosale");
		WebClient browser = fixture.browser();
		SubjectId subject = fixture.signedInCustomer(browser, "Quiet Customer", email);

		assertThat(browser.get("/privacy/do-not-sell").html().select("#do-not-sell-form")).hasSize(1);
		WebClient.Page done = browser.submit("/privacy/do-not-sell");
		assertThat(done.html().selectFirst("#opt-out-state").hasClass("opted-out")).isTrue();
		assertThat(jdbc.sql("select method || '|' || coalesce(browser_id, '-') from cookie_consent where subject_id = ?")
			.param(subject.value()).query(String.class).list()).containsExactly("do-not-sell|-");
		assertThat(jdbc.sql("select count(*) from sale_share_opt_out where subject_id = ?").param(subject.value())
			.query(Long.class).single()).isEqualTo(1);

		browser.post("/cookies/choice", "choice", "reject-all");
		assertThat(jdbc.sql("select count(*) from cookie_consent where subject_id = ? and method = 'reject-all'")
			.param(subject.value()).query(Long.class).single()).isEqualTo(1);

		WebClient other = fixture.browser();
		fixture.signIn(other, email, AccountFixture.PASSWORD);
		assertThat(other.get("/privacy/do-not-sell").html().selectFirst("#opt-out-state").text()).contains("every browser");
	}
}
