package com.wtigg.store.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.wtigg.store.WebClient;

/**
 * A catalog page served from the rendered-page cache carries each visitor's own CSRF token, so
 * its forms work for that visitor and for no one else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CachedPageTokenTest {

	@LocalServerPort
	int port;

	@Test
	void everyVisitorGetsTheirOwnTokenInACachedPage() {
		WebClient first = new WebClient(port);
		WebClient second = new WebClient(port);
		first.get("/c/earrings");
		second.get("/c/earrings");
		WebClient.Page firstPage = first.get("/c/earrings");
		WebClient.Page secondPage = second.get("/c/earrings");
		String firstToken = firstPage.html().select("input[name=_csrf]").attr("value");
		String secondToken = secondPage.html().select("input[name=_csrf]").attr("value");
		assertThat(firstToken).isNotBlank();
		assertThat(secondToken).isNotBlank().isNotEqualTo(firstToken);
		assertThat(firstPage.body().length()).isGreaterThan(1000);

		assertThat(first.post("/language", "lang", "zh-CN", "back", "/c/earrings").status()).isEqualTo(302);
		assertThat(second.postWithoutToken("/language", "_csrf", firstToken, "lang", "zh-CN", "back", "/").status())
			.as("another visitor's token").isEqualTo(403);
	}
}
