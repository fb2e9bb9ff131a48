package com.wtigg.store.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.WebClient.Upload;
import com.wtigg.store.customer.AccountFixture;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.support.web.TicketThrottle;

/**
 * What the support form does with bad input: each refused file, an oversized or malformed body, a
 * message of a megabyte. A clear message beside the field (or the store's error page for a body
 * that cannot be read), the form kept filled in, a 4xx, and nothing stored.
 */
@AccountTest
@PolicyClause("COL-SUPPORT")
class SupportBadInputTest {

	private static final String MESSAGE = "Please look at the picture.";

	@LocalServerPort
	int port;

	@Autowired
	AccountFixture accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TicketThrottle throttle;

	@BeforeEach
	void forgetSends() {
		throttle.reset();
	}

	private int stored() {
		return jdbc.sql("select (select count(*) from support_ticket) + (select count(*) from support_attachment)")
			.query(Integer.class).single();
	}

	/** Sends the form with the file; asserts the refusal and returns the message beside the screenshots field. */
	private String refusedFile(String name, String type, byte[] data) {
		String email = AccountFixture.uniqueEmail("bad");
		int before = stored();
		WebClient guest = accounts.browser();
		guest.get("/support");
		WebClient.Page page = guest.postMultipart("/support", List.of(new Upload("screenshots", name, type, data)), "topic", "other",
				"email", email, "message", MESSAGE, "order", "");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html().select("#message").text()).isEqualTo(MESSAGE);
		assertThat(page.html().select("#email").attr("value")).isEqualTo(email);
		assertThat(page.html().select("#topic option[selected]").attr("value")).isEqualTo("other");
		assertThat(stored()).isEqualTo(before);
		return page.text("#screenshots-error");
	}

	@Test
	void aPngThatIsAlsoAZipIsRefused() {
		assertThat(refusedFile("photo.png", "image/png", Images.concat(Images.png(40, 40), Images.zip())))
			.contains("more than a picture");
	}

	@Test
	void aPngThatIsAlsoHtmlIsRefused() {
		byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.US_ASCII);
		assertThat(refusedFile("photo.png", "image/png", Images.concat(Images.png(40, 40), html))).contains("more than a picture");
	}

	@Test
	void aDecompressionBombIsRefused() {
		assertThat(refusedFile("bomb.png", "image/png", Images.pngClaiming(Images.png(1, 1), 60_000, 60_000)))
			.contains("too many pixels");
	}

	@Test
	void anSvgIsRefused() {
		assertThat(refusedFile("drawing.svg", "image/svg+xml", Images.SVG.getBytes(StandardCharsets.UTF_8))).contains("SVG");
	}

	@Test
	void aWrongExtensionIsRefused() {
		assertThat(refusedFile("photo.jpg", "image/jpeg", Images.png(40, 40))).contains("does not match");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(refusedFile("empty.png", "image/png", new byte[0])).contains("empty");
	}

	@Test
	void sixScreenshotsAreRefused() {
		int before = stored();
		WebClient guest = accounts.browser();
		guest.get("/support");
		List<Upload> six = java.util.stream.IntStream.range(0, 6)
			.mapToObj(i -> new Upload("screenshots", i + ".png", "image/png", Images.png(10, 10))).toList();
		WebClient.Page page = guest.postMultipart("/support", six, "topic", "other", "email", AccountFixture.uniqueEmail("six"),
				"message", MESSAGE, "order", "");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#screenshots-error")).contains("at most 5");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aMessageOfAMegabyteIsRefusedBesideTheFieldAndKeptCut() {
		int before = stored();
		WebClient guest = accounts.browser();
		guest.get("/support");
		String huge = "jade ".repeat(200_000);
		WebClient.Page page = guest.postMultipart("/support", List.of(), "topic", "styling", "email",
				AccountFixture.uniqueEmail("long"), "message", huge, "order", "");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#message-error")).contains("5,000");
		assertThat(page.html().select("#message").text().length()).isBetween(5000, 5100);
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aMissingTopicAndABadEmailAreEachToldBesideTheirField() {
		WebClient guest = accounts.browser();
		guest.get("/support");
		WebClient.Page page = guest.postMultipart("/support", List.of(), "topic", "jewels", "email", "not-an-address", "message", MESSAGE,
				"order", "");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html().select("#topic-error")).hasSize(1);
		assertThat(page.html().select("#email-error")).hasSize(1);
		assertThat(page.html().select("#email").attr("value")).isEqualTo("not-an-address");
	}

	@Test
	void aClientAddressSendingTheFormTooOftenIsAskedToWaitWithTheFormKept() {
		WebClient guest = accounts.browser();
		guest.get("/support");
		for (int i = 0; i < 20; i++) {
			assertThat(guest.postMultipart("/support", List.of(), "topic", "", "message", "").status()).isEqualTo(400);
		}
		int before = stored();
		String email = AccountFixture.uniqueEmail("flood");
		WebClient.Page page = guest.postMultipart("/support", List.of(), "topic", "other", "email", email, "message", MESSAGE,
				"order", "");
		assertThat(page.status()).isEqualTo(429);
		assertThat(page.html().select("#support-too-many")).hasSize(1);
		assertThat(page.html().select("#message").text()).isEqualTo(MESSAGE);
		assertThat(page.html().select("#email").attr("value")).isEqualTo(email);
		assertThat(stored()).isEqualTo(before);
		throttle.reset();
		assertThat(guest.postMultipart("/support", List.of(), "topic", "other", "email", email, "message", MESSAGE, "order", "")
			.status()).isEqualTo(200);
	}

	@Test
	void aFileOverTenMegabytesIsRefusedWithTheStoresPage() {
		int before = stored();
		WebClient guest = accounts.browser();
		guest.get("/support");
		byte[] big = Images.concat(Images.png(10, 10), new byte[11 * 1024 * 1024]);
		WebClient.Page page = guest.postMultipart("/support", List.of(new Upload("screenshots", "big.png", "image/png", big)), "topic",
				"other", "email", AccountFixture.uniqueEmail("big"), "message", MESSAGE, "order", "");
		assertThat(page.status()).isEqualTo(413);
		assertThat(page.body()).contains("larger than we accept").doesNotContain("Exception");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aFiftyMegabyteUploadIsRefusedBeforeItsBodyIsRead() throws IOException {
		int before = stored();
		long declared = 50L * 1024 * 1024 + 1024;
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /support HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: " + declared + "\r\n\r\n"
					+ "--XyZ\r\nContent-Disposition: form-data; name=\"screenshots\"; filename=\"huge.png\"\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[64 * 1024]);
			out.flush();
			String response = readHead(socket.getInputStream());
			assertThat(response).startsWith("HTTP/1.1 413");
		}
		assertThat(stored()).isEqualTo(before);
	}

	private static String readHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		int c;
		while ((c = in.read()) != -1 && head.length() < 4096) {
			head.append((char) c);
			if (head.toString().endsWith("\r\n\r\n")) {
				break;
			}
		}
		return head.toString();
	}

	@Test
	void aMalformedMultipartBodyIsA400WithTheStoresPage() throws Exception {
		int before = stored();
		java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
		for (String type : List.of("multipart/form-data; boundary=abc", "multipart/form-data")) {
			var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/support"))
				.header("Content-Type", type).header("Accept", "text/html")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; name=\"topic\"\r\n\r\nother"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(type).isEqualTo(400);
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
		}
		assertThat(stored()).isEqualTo(before);
	}
}
