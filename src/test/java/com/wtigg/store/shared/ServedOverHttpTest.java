package com.wtigg.store.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What only a real server shows: compression, and the store's pages for what the server itself refuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServedOverHttpTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void pagesAreCompressedForBrowsersThatAcceptIt() throws Exception {
		HttpResponse<byte[]> plain = get("/c/bangles");
		HttpResponse<byte[]> gzip = get("/c/bangles", "Accept-Encoding", "gzip");
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzip.body().length).isLessThan(plain.body().length / 3);
	}

	@Test
	void aVeryLongQueryIsCutByTheStoreNotRefusedByTheServer() throws Exception {
		HttpResponse<byte[]> response = get("/search?q=jade+" + "x".repeat(10_000));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("site-header");
	}
}
