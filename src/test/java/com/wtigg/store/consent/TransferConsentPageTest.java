package com.wtigg.store.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.shared.SubjectId;

/**
 * In their account, a person sees the transfer consents they gave and withdraws them with one
 * button, as easily as they gave them.
 */
@StoreTest
@PolicyClause("LOC-XBORDER")
class TransferConsentPageTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ConsentApi consents;

	@Test
	void aPersonSeesTheirConsentsAndWithdrawsThemAtOnce() {
		SubjectId subject = SubjectId.random();
		Authentication person = StaffFlows.customer(subject);
		consents.recordTransfer(TransferConsentTest.consent(subject, Set.of("ups", "fedex")));
		Document page = Html.parse(mvc.get().uri("/account/transfer-consents").with(authentication(person)).exchange());
		assertThat(page.select("#transfer-consents tbody tr[data-live=true]")).hasSize(1);
		assertThat(page.select(".recipient").eachText()).containsExactlyInAnyOrder("United Parcel Service (UPS)", "FedEx");
		assertThat(page.select("#withdraw-transfers")).hasSize(1);

		assertThat(mvc.post().uri("/account/transfer-consents/withdraw").with(authentication(person)).exchange()).hasStatus(403);
		assertThat(consents.transferConsented(subject, Set.of("ups"))).isTrue();

		assertThat(mvc.post().uri("/account/transfer-consents/withdraw").with(authentication(person)).with(csrf()).exchange())
			.hasStatus3xxRedirection().hasRedirectedUrl("/account/transfer-consents?done=withdrawn");
		assertThat(consents.transferConsented(subject, Set.of("ups"))).isFalse();
		Document after = Html.parse(mvc.get().uri("/account/transfer-consents?done=withdrawn").with(authentication(person)).exchange());
		assertThat(after.select("#withdrawn")).hasSize(1);
		assertThat(after.select("#transfer-consents tbody tr[data-live=false]")).hasSize(1);
		assertThat(after.select("#withdraw-transfers")).isEmpty();
	}

	@Test
	void anotherPersonsConsentsAreNotShown() {
		consents.recordTransfer(TransferConsentTest.consent(SubjectId.random(), Set.of("ups")));
		Document page = Html.parse(mvc.get().uri("/account/transfer-consents").header("Accept-Language", "zh-CN")
			.with(authentication(StaffFlows.customer(SubjectId.random()))).exchange());
		assertThat(page.selectFirst("#no-consents").text()).isEqualTo("您尚未同意任何向中国境外的传输。");
	}

	@Test
	void strangersAreSentToSignIn() {
		assertThat(mvc.get().uri("/account/transfer-consents").exchange()).hasStatus3xxRedirection()
			.hasRedirectedUrl("/account/login");
	}
}
