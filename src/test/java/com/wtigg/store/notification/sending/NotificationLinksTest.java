package com.wtigg.store.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class NotificationLinksTest {

	static MailSettings settings(String linkBase) {
		return new MailSettings("WTIGG <no-reply@wtigg.com>", linkBase, ZoneId.of("America/New_York"), false, 0,
				Duration.ofDays(90), Duration.ofMinutes(5));
	}

	@Test
	void linksPointAtThePortTheServerListensOn() {
		MockEnvironment environment = new MockEnvironment().withProperty("server.port", "0")
			.withProperty("local.server.port", "54321");
		assertThat(new MailLinks(settings(null), environment).absolute("/account/verify/abc"))
			.isEqualTo("http://localhost:54321/account/verify/abc");
	}

	@Test
	void aConfiguredBaseWins() {
		MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "54321");
		assertThat(new MailLinks(settings("https://wtigg.com/"), environment).absolute("/privacy"))
			.isEqualTo("https://wtigg.com/privacy");
	}

	@Test
	void onlyPathsOfTheStoreBecomeLinks() {
		MailLinks links = new MailLinks(settings("https://wtigg.com"), new MockEnvironment());
		for (String notAPath : new String[] { "https://evil.example/x", "//evil.example/x", "account", "/a b",
				"/\\evil.example" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> links.absolute(notAPath));
		}
	}

	@Test
	void browserNamesKeepNoLinkOrMarkup() {
		assertThat(AccountMailListener.plain("Chrome <script>alert(1)</script> https://evil.example/x"))
			.doesNotContain("<", "://", "/").startsWith("Chrome");
		assertThat(AccountMailListener.plain("Mobile Safari 18.1")).isEqualTo("Mobile Safari 18.1");
		assertThat(AccountMailListener.plain(null)).isEmpty();
		assertThat(AccountMailListener.plain("x".repeat(500))).hasSize(60);
	}
}
