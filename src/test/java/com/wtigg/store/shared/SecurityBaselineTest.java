package com.wtigg.store.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;

/**
 * The security baseline on the real server: protective headers on every page, HSTS only over
 * TLS, and 403, 404 and 500 pages in the store's look without technical detail.
 */
@AccountTest
@Import(SecurityBaselineTest.FailingController.class)
@PolicyClause("SEC-ACCESS")
class SecurityBaselineTest {

	@Autowired
	AccountFixture fixture;

	@Test
	void accountPagesCarryTheProtectiveHeadersAndNoInlineCode() {
		WebClient browser = fixture.browser();
		for (String path : new String[] { "/account/register", "/account/login", "/account/reset" }) {
			WebClient.Page page = browser.get(path);
			assertThat(page.header("Content-Security-Policy")).get().asString()
				.contains("frame-ancestors 'none'", "script-src 'self'").doesNotContain("unsafe-inline");
			assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(page.header("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(page.header("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
			assertThat(page.html().select("script:not([src])")).isEmpty();
			assertThat(page.html().select("[style]")).isEmpty();
			assertThat(page.html().select("form[method=post] input[name=_csrf]")).isNotEmpty();
		}
	}

	@Test
	void aCustomerOpeningTheBackOfficeGetsTheStoresForbiddenPage() {
		fixture.forgetFailedSignIns();
		WebClient browser = fixture.browser();
		fixture.signedInCustomer(browser, "Curious Customer", AccountFixture.uniqueEmail("curious"));
		WebClient.Page forbidden = browser.get("/admin");
		assertThat(forbidden.status()).isEqualTo(403);
		looksLikeTheStore(forbidden.html());
		assertThat(forbidden.text("h1")).isEqualTo("Not allowed");
	}

	@Test
	void missingPagesAndFailuresShowTheStoresPagesWithoutDetail() {
		WebClient browser = fixture.browser();
		WebClient.Page missing = browser.get("/account/no-such-page-here");
		assertThat(missing.status()).isIn(302, 404);
		WebClient.Page notFound = browser.get("/no/such/page");
		assertThat(notFound.status()).isEqualTo(404);
		looksLikeTheStore(notFound.html());
		WebClient.Page failure = browser.get("/test/failure");
		assertThat(failure.status()).isEqualTo(500);
		looksLikeTheStore(failure.html());
		assertThat(failure.body()).doesNotContain("IllegalStateException").doesNotContain("secret detail")
			.doesNotContain("at com.");
	}

	private static void looksLikeTheStore(Document page) {
		assertThat(page.select("header.site-header")).hasSize(1);
		assertThat(page.select("footer")).isNotEmpty();
		assertThat(page.text()).doesNotContain("Whitelabel").doesNotContain("Exception");
	}

	/** A page that fails, as a bug would; only in this test's context. */
	@Controller
	@TestComponent
	static class FailingController {

		@GetMapping("/test/failure")
		String fail() {
			throw new IllegalStateException("secret detail");
		}
	}
}
