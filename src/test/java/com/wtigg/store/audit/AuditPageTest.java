package com.wtigg.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.shared.SubjectId;

/**
 * The audit log's back-office page: who may open it, what it lists, and its verification.
 */
@StoreTest
@PolicyClause("SEC-ACCESS")
@WithMockUser(roles = { "STAFF", "PRIVACY_OFFICER" })
class AuditPageTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	SubjectId customer = SubjectId.random();

	@BeforeEach
	void startWithALogOfFourEntries() {
		emptyTheLog();
		audit.record(AuditEntry.of("system", "store.started"));
		audit.record(new AuditEntry("staff:7", "customer.viewed", customer, "support ticket", null));
		audit.record(new AuditEntry("subject:" + customer, "login.succeeded", customer, null, "new device"));
		audit.record(AuditEntry.of("staff:7", "orders.listed"));
	}

	/** Leaves an empty, intact log behind, whatever a test did to it. */
	@AfterEach
	void emptyTheLog() {
		tamper("truncate audit_entry");
		jdbc.sql("delete from audit_head").update();
	}

	private void tamper(String sql) {
		jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
		try {
			jdbc.sql(sql).update();
		}
		finally {
			jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
		}
	}

	private Document page(String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Html.parse(result);
	}

	private static List<String> numbers(Document page) {
		return page.select("main table tbody th[scope=row]").eachText();
	}

	private static List<String> column(Document page, int index) {
		return page.select("main table tbody tr").stream().map(row -> row.select("td").get(index).text()).toList();
	}

	@Test
	void listsTheEntriesNewestFirstInATable() {
		Document page = page("/admin/audit");
		assertThat(Html.text(page, "h1")).isEqualTo("Audit log");
		assertThat(page.select("main table caption")).hasSize(1);
		assertThat(page.select("main table thead th[scope=col]").eachText()).containsExactly("No.", "Time (UTC)",
				"Actor", "Action", "Subject id", "Purpose", "Detail");
		assertThat(numbers(page)).containsExactly("4", "3", "2", "1");
		assertThat(column(page, 2)).containsExactly("orders.listed", "login.succeeded", "customer.viewed",
				"store.started");
		Element viewed = page.select("main table tbody tr").get(2);
		assertThat(viewed.select("td").eachText()).containsSubsequence("staff:7", "customer.viewed",
				customer.toString(), "support ticket");
		assertThat(viewed.selectFirst("time").attr("datetime")).endsWith("Z");
	}

	@Test
	void filtersBySubjectAndByAction() {
		assertThat(numbers(page("/admin/audit?subject=" + customer))).containsExactly("3", "2");
		assertThat(numbers(page("/admin/audit?subject=" + customer + "&action=customer.viewed"))).containsExactly("2");
		assertThat(numbers(page("/admin/audit?action=store.started"))).containsExactly("1");
		Document none = page("/admin/audit?subject=" + SubjectId.random());
		assertThat(none.select("main table")).isEmpty();
		assertThat(none.select("main").text()).contains("No entry matches this filter.");
	}

	@Test
	void showsFiftyEntriesAPageAndLinksToOlderOnes() {
		for (int i = 0; i < 56; i++) {
			audit.record(AuditEntry.of("system", "retention.ran"));
		}
		Document second = page("/admin/audit?page=2");
		assertThat(numbers(second)).hasSize(10).first().isEqualTo("10");
		assertThat(second.select("main nav.pagination a[rel=prev]").attr("href")).isEqualTo("/admin/audit");
		assertThat(second.select("main nav.pagination a[rel=next]")).isEmpty();
		Document first = page("/admin/audit");
		assertThat(numbers(first)).hasSize(50).first().isEqualTo("61"); // 60 and the view of page 2
		assertThat(first.select("main nav.pagination a[rel=next]").attr("href")).isEqualTo("/admin/audit?page=2");
	}

	@Test
	void viewingThePageIsRecorded() {
		page("/admin/audit?subject=" + customer + "&action=login.succeeded");
		assertThat(jdbc.sql("select actor, action, subject_id, detail from audit_entry order by seq desc limit 1")
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single()).containsExactly("staff:unknown", "audit.viewed", customer.toString(),
					"page 1, action login.succeeded");
		assertThat(numbers(page("/admin/audit")).getFirst()).isEqualTo("5");
	}

	@Test
	void verifyingAnUntouchedLogSaysItIsIntact() {
		MvcTestResult result = mvc.post().uri("/admin/audit/verify").with(csrf()).exchange();
		assertThat(result).hasStatusOk();
		Document page = Html.parse(result);
		assertThat(Html.text(page, "main .audit-verdict")).isEqualTo("The log is intact, 4 entries checked.");
		assertThat(column(page, 2).getFirst()).isEqualTo("audit.verified");
	}

	@Test
	void verifyingATamperedLogNamesTheBrokenEntry() {
		tamper("update audit_entry set purpose = 'curiosity' where seq = 2");
		MvcTestResult result = mvc.post().uri("/admin/audit/verify").with(csrf()).exchange();
		assertThat(result).hasStatusOk();
		Element verdict = Html.parse(result).selectFirst("main .audit-verdict");
		assertThat(verdict.attr("role")).isEqualTo("alert");
		assertThat(verdict.text()).startsWith("The log is broken at entry 2: the entry was altered or moved.");
	}

	@Test
	void verifyingWithoutACsrfTokenIsRefused() {
		assertThat(mvc.post().uri("/admin/audit/verify").exchange()).hasStatus(403);
		assertThat(audit.verify().checked()).isEqualTo(4);
	}

	@Test
	@WithMockUser(roles = { "STAFF", "SUPPORT_AGENT" })
	void otherStaffMayNotOpenIt() {
		assertThat(mvc.get().uri("/admin/audit").exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/admin/audit/verify").with(csrf()).exchange()).hasStatus(403);
	}

	@Test
	@WithMockUser(roles = { "STAFF", "ADMIN" })
	void administratorsMayOpenIt() {
		assertThat(mvc.get().uri("/admin/audit").exchange()).hasStatusOk();
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		assertThat(mvc.get().uri("/admin/audit").exchange()).hasStatus3xxRedirection()
			.hasRedirectedUrl("/account/login");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/admin/audit?page=abc              | The page number must be a whole number from 1
			/admin/audit?page=0                | The page number must be a whole number from 1
			/admin/audit?page=-1               | The page number must be a whole number from 1
			/admin/audit?page=99999999999      | The page number must be a whole number from 1
			/admin/audit?page=2                | These entries fill only 1 page: ask for a page from 1 to 1.
			/admin/audit?subject=not-a-uuid    | The subject id must be a UUID
			/admin/audit?subject=1-1-1-1-1     | The subject id must be a UUID
			/admin/audit?action=%3Cscript%3E   | An action is a name of lower-case letters
			""")
	void badAddressesGetABadRequestPageThatSaysWhy(String uri, String message) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatus(400);
		assertThat(Html.parse(result).select("main").text()).contains(message);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'audit.viewed'").query(Integer.class)
			.single()).isZero();
	}

	@Test
	void thePageIsInChineseToo() {
		MvcTestResult result = mvc.get().uri("/admin/audit").header("Accept-Language", "zh-CN").exchange();
		Document page = Html.parse(result);
		assertThat(Html.text(page, "h1")).isEqualTo("审计日志");
		assertThat(page.select("main table thead th").first().text()).isEqualTo("编号");
	}
}
