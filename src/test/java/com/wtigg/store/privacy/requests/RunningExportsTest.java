package com.wtigg.store.privacy.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.security.StaffRole;

/** The privacy officer sees how far each copy being downloaded has come, and it leaves when it ends. */
@AccountTest
class RunningExportsTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	@Autowired
	RequestIntake intake;

	@Autowired
	ExportProgress exports;

	@Test
	@PolicyClause("DSR-ACCESS")
	void aCopyBeingWrittenShowsItsProgressToStaffUntilItEnds() {
		WebClient officer = new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.PRIVACY_OFFICER)).browser();
		PrivacyRequest request = intake.submitUnproven(new RequestForm(RequestType.ACCESS,
				EmailAddress.parse(AccountFixture.uniqueEmail("copying")).orElseThrow(), null, "US", "NY", null,
				Locale.ENGLISH), RequestChannel.EMAIL, "staff:test");
		String row = "#running-exports tr[data-reference=" + request.reference() + "]";
		try (ExportProgress.Running run = exports.start(request)) {
			run.started(4);
			run.category("orders");
			for (int i = 0; i < 1234; i++) {
				run.row();
			}
			run.holderDone();

			WebClient.Page queue = officer.get("/admin/privacy/requests");
			assertThat(queue.text(row)).contains("1 of 4 sources read").contains("1,234 rows written").contains("now: orders");
			assertThat(queue.html().select(row + " progress").attr("value")).isEqualTo("25");
			assertThat(officer.get("/admin/privacy/requests/" + request.reference()).text("#request-export"))
				.contains("1,234 rows written");
		}
		WebClient.Page after = officer.get("/admin/privacy/requests");
		assertThat(after.html().select(row)).isEmpty();
		assertThat(officer.get("/admin/privacy/requests/" + request.reference()).html().select("#request-export")).isEmpty();
	}
}
