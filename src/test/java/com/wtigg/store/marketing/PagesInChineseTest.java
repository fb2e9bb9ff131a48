package com.wtigg.store.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.customer.account.AccountTokens;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.marketing.subscription.SignUpLimiter;
import com.wtigg.store.shared.security.StaffRole;

/**
 * Every page of consent and marketing, and the marketing mails, in Simplified Chinese for a
 * visitor who chose it: the page says it is Chinese, its heading is in Chinese characters and no
 * text key is shown in place of a missing translation. The English pages are the other tests'.
 */
@AccountTest
class PagesInChineseTest {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	/** A text key shown because its Chinese text is missing (the store shows the key then). */
	private static final Pattern KEY = Pattern.compile("\\b(marketing|consent|analytics|admin|form|mail)\\.[A-Za-z]+\\.[A-Za-z.]+");

	@LocalServerPort
	int port;

	@Autowired
	GreenMail smtp;

	@Autowired
	AccountFixture fixture;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountTokens tokens;

	@Autowired
	SignUpLimiter limiter;

	MarketingMails mails;

	@BeforeEach
	void setUp() {
		mails = new MarketingMails(smtp);
		limiter.reset();
	}

	private static WebClient chinese(WebClient browser) {
		browser.setCookie("lang", "zh-CN");
		return browser;
	}

	private static Document assertChinese(WebClient.Page page, String what) {
		Document html = page.html();
		assertThat(html.select("html").attr("lang")).as(what).isEqualTo("zh-CN");
		assertThat(html.select("main h1").text()).as(what).containsPattern(HAN);
		assertThat(html.body().text()).as(what).doesNotContainPattern(KEY);
		return html;
	}

	@Test
	void signUpConfirmationUnsubscribeAndTheirMailsAreInChinese() {
		WebClient browser = chinese(fixture.browser());
		Document home = browser.get("/").html();
		assertThat(home.select("#footer-newsletter").text()).containsPattern(HAN);
		assertThat(home.select("#cookie-banner").text()).containsPattern(HAN).doesNotContainPattern(KEY);
		assertChinese(browser.get("/marketing/signup"), "sign-up form");
		WebClient.Page bad = browser.post("/marketing/signup", "email", "not an address", "topic", "newsletter");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(assertChinese(bad, "sign-up with a bad address").select("#email-error").text()).containsPattern(HAN);

		String email = AccountFixture.uniqueEmail("zh");
		assertChinese(browser.submit("/marketing/signup", "email", email, "topic", "newsletter"), "sign-up sent");
		String token = mails.confirmationToken(email, 0);
		assertThat(MarketingMails.subject(mails.confirmations(email).getLast())).containsPattern(HAN);
		assertChinese(browser.get("/marketing/confirm/" + token), "confirmation button");
		assertChinese(browser.submit("/marketing/confirm", "token", token), "confirmed");
		assertChinese(browser.get("/marketing/confirm/" + "A".repeat(43)), "bad confirmation link");
		assertChinese(browser.get("/marketing/unsubscribe/" + "A".repeat(43)), "bad unsubscribe link");

		WebClient staff = chinese(new StaffFlows(accounts, tokens, port).signedIn(EnumSet.of(StaffRole.ADMIN)).browser());
		assertChinese(staff.get("/admin/marketing"), "campaigns");
		String subjectZh = "冬季翡翠 " + UUID.randomUUID();
		WebClient.Page preview = staff.submit("/admin/marketing/campaigns", "topic", "newsletter", "subjectEn",
				"Winter jade " + UUID.randomUUID(), "subjectZh", subjectZh, "bodyEn", "<p>New bangles</p>", "bodyZh",
				"<p>新款手镯</p>");
		assertThat(preview.html().body().text()).doesNotContainPattern(KEY);
		staff.submit(preview.html().selectFirst("form[action$=/send]").attr("action"));
		await().atMost(Duration.ofSeconds(20)).until(() -> mails.withSubject(email, subjectZh).size() == 1);
		MimeMessage campaign = mails.withSubject(email, subjectZh).getFirst();
		assertThat(MarketingMails.html(campaign)).contains("新款手镯");
		String link = MarketingMails.header(campaign, "List-Unsubscribe");
		String unsubscribe = link.substring(link.indexOf("/marketing/"), link.length() - 1);
		assertChinese(browser.get(unsubscribe), "unsubscribe button");
		assertThat(assertChinese(browser.postWithoutToken(unsubscribe), "unsubscribed").select("#unsubscribed").text())
			.containsPattern(HAN);
	}

	@Test
	void tooManySignUpsTheAccountSectionCookiesAndDoNotSellAreInChinese() {
		WebClient browser = chinese(fixture.browser());
		browser.get("/");
		String email = AccountFixture.uniqueEmail("zhflood");
		WebClient.Page last = null;
		for (int i = 0; i < 4; i++) {
			last = browser.post("/marketing/signup", "email", email, "topic", "newsletter");
		}
		assertThat(last.status()).isEqualTo(429);
		assertChinese(last, "too many sign-ups");

		assertChinese(browser.get("/cookies"), "cookie page");
		assertChinese(browser.get("/privacy/do-not-sell"), "do not sell");
		assertChinese(browser.submit("/privacy/do-not-sell"), "do not sell, opted out");

		WebClient customer = chinese(fixture.browser());
		fixture.signedInCustomer(customer, "Wang Fang", AccountFixture.uniqueEmail("zhaccount"));
		Document account = customer.get("/account").html();
		assertThat(account.select("#newsletter").text()).containsPattern(HAN).doesNotContainPattern(KEY);
		assertThat(account.select("#subscribe-newsletter").text()).containsPattern(HAN);
	}
}
