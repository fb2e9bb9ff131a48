package com.wtigg.store.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

/**
 * The back office shows each staff member the pages their roles open, and the pages refuse the
 * others (least privilege).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PolicyClause("SEC-ACCESS")
class BackOfficeNavigationTest {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	MockMvcTester mvc;

	StaffFlows flows;

	@BeforeEach
	void setUp() {
		mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		flows = new StaffFlows(accounts, tokens, port);
	}

	@Test
	void aSupportAgentSeesCustomersButNotStaff() {
		WebClient agent = flows.signedIn(EnumSet.of(StaffRole.SUPPORT_AGENT)).browser();
		WebClient.Page home = agent.get("/admin");
		assertThat(home.html().select("main a[href=/admin/customers]")).isNotEmpty();
		assertThat(home.html().select("a[href=/admin/staff]")).isEmpty();
		assertThat(home.html().select(".staff-roles .badge").eachText()).containsExactly("Support agent");
		assertThat(home.html().select(".backoffice-group h2").eachText()).contains("Customers and staff");

		WebClient.Page staff = agent.get("/admin/staff");
		assertThat(staff.status()).isEqualTo(403);
		assertThat(agent.post("/admin/staff/invitations", "email", StaffFlows.newEmail(), "role", "ADMIN").status())
			.isEqualTo(403);
		assertThat(agent.get("/admin/customers").status()).isEqualTo(200);
		assertThat(agent.get("/admin/customers").html().select(".backoffice-menu a[href=/admin/staff]")).isEmpty();
	}

	@Test
	void anAdminSeesBothWithTheMenuOnEveryPage() {
		WebClient admin = flows.signedIn(EnumSet.of(StaffRole.ADMIN)).browser();
		WebClient.Page home = admin.get("/admin");
		assertThat(home.html().select("main a[href=/admin/customers]")).isNotEmpty();
		assertThat(home.html().select("main a[href=/admin/staff]")).isNotEmpty();
		WebClient.Page staff = admin.get("/admin/staff");
		assertThat(staff.html().select(".backoffice-menu a[href=/admin/staff][aria-current=page]")).hasSize(1);
		assertThat(staff.html().select(".backoffice-menu a[href=/admin/customers]")).hasSize(1);
	}

	@Test
	void aCatalogManagerGetsNeitherCustomersNorStaff() {
		WebClient manager = flows.signedIn(EnumSet.of(StaffRole.CATALOG_MANAGER)).browser();
		WebClient.Page home = manager.get("/admin");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.html().select("main a[href=/admin/customers], main a[href=/admin/staff]")).isEmpty();
		assertThat(manager.get("/admin/customers").status()).isEqualTo(403);
		assertThat(manager.get("/admin/customers/" + SubjectId.random() + "?purpose=support-inquiry").status()).isEqualTo(403);
		assertThat(manager.get("/admin/staff").status()).isEqualTo(403);
	}

	@Test
	void customersAndStrangersStayOut() {
		assertThat(new WebClient(port).get("/admin").redirect()).hasValue("/account/login");
		assertThat(new WebClient(port).get("/admin/customers").redirect()).hasValue("/account/login");
		var customer = StaffFlows.customer(SubjectId.random());
		assertThat(mvc.get().uri("/admin").with(authentication(customer)).exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/admin/staff").with(authentication(customer)).exchange()).hasStatus(403);
	}
}
