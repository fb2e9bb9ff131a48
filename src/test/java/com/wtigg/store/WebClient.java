package com.wtigg.store;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript for tests against the real server: it keeps cookies, and sends
 * with every form the CSRF token of the last page it read, as a browser would.
 */
public final class WebClient {

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private String csrf = "";

	private String userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

	// consent: every cookie name any response set, for the cookie registry's test (begin)
	private final java.util.Set<String> cookiesSet = new java.util.concurrent.ConcurrentSkipListSet<>();

	/** The names of every cookie a response to this client has set so far (the registry's test reads them). */
	public java.util.Set<String> cookiesSet() {
		return java.util.Set.copyOf(cookiesSet);
	}
	// consent: (end)

	public WebClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public WebClient userAgent(String userAgent) {
		this.userAgent = userAgent;
		return this;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** Follows redirects from a GET, as a browser does. */
	public Page open(String path) {
		Page page = get(path);
		for (int hops = 0; page.redirect().isPresent() && hops < 5; hops++) {
			page = get(page.redirect().get());
		}
		return page;
	}

	/** Sends a form with the token of the last page read; pairs of names and values. */
	public Page post(String path, String... fields) {
		String[] withToken = new String[fields.length + 2];
		withToken[0] = "_csrf";
		withToken[1] = csrf;
		System.arraycopy(fields, 0, withToken, 2, fields.length);
		return postWithoutToken(path, withToken);
	}

	/** Sends a form as a forged one would come: with no token but what the fields hold. */
	public Page postWithoutToken(String path, String... fields) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			if (!body.isEmpty()) {
				body.append('&');
			}
			body.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** A file of a multipart form. */
	public record Upload(String field, String fileName, String contentType, byte[] data) {
	}

	/**
	 * Sends a multipart form (as a browser sends a form with files) with the token of the last
	 * page read; {@code fields} are pairs of names and values.
	 */
	public Page postMultipart(String path, List<Upload> files, String... fields) {
		String boundary = "----WebClientBoundary" + Long.toHexString(System.nanoTime());
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		String[] withToken = new String[fields.length + 2];
		withToken[0] = "_csrf";
		withToken[1] = csrf;
		System.arraycopy(fields, 0, withToken, 2, fields.length);
		for (int i = 0; i + 1 < withToken.length; i += 2) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + withToken[i] + "\"\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(withToken[i + 1].getBytes(StandardCharsets.UTF_8));
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		for (Upload file : files) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
					+ file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.data());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** A response's bytes as they came, for downloads. */
	public record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
	}

	public Download download(String path) {
		try {
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
				.header("User-Agent", userAgent).build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Sends a form with the token of the last page read and returns the answer's bytes (a download). */
	public HttpResponse<byte[]> postForDownload(String path, String... fields) {
		StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", userAgent)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Sends a form and follows where it leads. */
	public Page submit(String path, String... fields) {
		Page page = post(path, fields);
		for (int hops = 0; page.redirect().isPresent() && hops < 5; hops++) {
			page = get(page.redirect().get());
		}
		return page;
	}

	public Optional<String> cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue).findFirst();
	}

	/** Sets a cookie as if the store had set it (to try someone else's value). */
	public void setCookie(String name, String value) {
		HttpCookie cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		cookies.getCookieStore().add(URI.create(base + "/"), cookie);
	}

	public void forgetCookie(String name) {
		List<HttpCookie> matching = cookies.getCookieStore().getCookies().stream()
			.filter(c -> c.getName().equals(name)).toList();
		matching.forEach(c -> cookies.getCookieStore().remove(null, c));
		cookies.getCookieStore().getURIs().forEach(uri -> matching.forEach(c -> cookies.getCookieStore().remove(uri, c)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.header("User-Agent", userAgent)
				.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Page page = new Page(response);
			page.setCookies().forEach(c -> cookiesSet.add(c.substring(0, Math.max(0, c.indexOf('='))).strip())); // consent
			Element token = page.html().selectFirst("input[name=_csrf]");
			if (token != null && !token.attr("value").isEmpty()) {
				csrf = token.attr("value");
			}
			return page;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** One response. */
	public static final class Page {

		private final HttpResponse<String> response;

		private Document html;

		Page(HttpResponse<String> response) {
			this.response = response;
		}

		public int status() {
			return response.statusCode();
		}

		public String body() {
			return response.body();
		}

		public Document html() {
			if (html == null) {
				html = Jsoup.parse(response.body());
			}
			return html;
		}

		/** Where a redirect leads: a path when it stays on the store. */
		public Optional<String> redirect() {
			if (status() / 100 != 3) {
				return Optional.empty();
			}
			String origin = response.uri().getScheme() + "://" + response.uri().getAuthority();
			return response.headers().firstValue("Location")
				.map(location -> location.startsWith(origin) ? location.substring(origin.length()) : location);
		}

		public List<String> setCookies() {
			return response.headers().allValues("Set-Cookie");
		}

		public Optional<String> header(String name) {
			return response.headers().firstValue(name);
		}

		/** The text of the first element the selector finds, or empty. */
		public String text(String selector) {
			Element element = html().selectFirst(selector);
			return element == null ? "" : element.text();
		}
	}
}
