package com.wtigg.store.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One simulated guest, as a browser without JavaScript: each order starts with no cookies (a new
 * guest), puts the piece into the cart and walks the checkout to the confirmation page, sending
 * every form as the page wrote it (its hidden fields and CSRF token) with a buyer's answers.
 */
final class GuestBuyer implements AutoCloseable {

	private static final int MAX_STEPS = 12;

	private final URI base;

	private final String piece;

	private final HttpClient http;

	private CookieManager cookies;

	GuestBuyer(URI base, String piece) {
		this.base = base;
		this.piece = piece;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
	}

	/** Places one order; throws with the step that failed. */
	void placeOneOrder() {
		cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		Page page = get(base.resolve(piece));
		page = submit(page, page.form("form[action^=/cart]"), Map.of());
		page = get(base.resolve("/checkout"));
		for (int step = 0; step < MAX_STEPS; step++) {
			if (CheckoutAnswers.isConfirmation(page)) {
				return;
			}
			page = submit(page, CheckoutAnswers.formOf(page), CheckoutAnswers.answersFor(page));
		}
		throw new StepFailed("no confirmation after " + MAX_STEPS + " steps, last at " + page.uri().getPath());
	}

	/** A short name for a failure, to count alike ones together. */
	static String kindOf(RuntimeException e) {
		return e instanceof StepFailed ? e.getMessage().replaceAll("[0-9a-f-]{36}", "<id>") : e.getClass().getSimpleName();
	}

	private Page submit(Page page, Element form, Map<String, String> answers) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], select[name], textarea[name]")) {
			String name = input.attr("name");
			String type = input.attr("type");
			if (input.is("select")) {
				Element chosen = input.selectFirst("option[selected]");
				Element first = input.selectFirst("option[value]:not([value=''])");
				fields.putIfAbsent(name, chosen != null ? chosen.attr("value") : first == null ? "" : first.attr("value"));
			}
			else if (type.equals("radio")) {
				if (input.hasAttr("checked") || !fields.containsKey(name)) {
					fields.put(name, input.attr("value"));
				}
			}
			else if (type.equals("checkbox")) {
				if (input.hasAttr("checked")) {
					fields.put(name, input.attr("value").isEmpty() ? "on" : input.attr("value"));
				}
			}
			else if (!type.equals("submit")) {
				fields.putIfAbsent(name, input.is("textarea") ? input.text() : input.attr("value"));
			}
		}
		fields.putAll(answers);
		Element button = form.selectFirst("button[type=submit][name], button:not([type])[name]");
		if (button != null) {
			fields.putIfAbsent(button.attr("name"), button.attr("value"));
		}
		String action = form.attr("action").isEmpty() ? page.uri().toString() : form.attr("action");
		return follow(send(HttpRequest.newBuilder(page.uri().resolve(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields)))));
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private Page get(URI uri) {
		return follow(send(HttpRequest.newBuilder(uri).GET()));
	}

	private Page follow(Page page) {
		for (int hops = 0; page.status() / 100 == 3 && hops < 8; hops++) {
			URI next = page.uri().resolve(page.response().headers().firstValue("Location")
				.orElseThrow(() -> new StepFailed("redirect without a location")));
			if (!next.getAuthority().equals(base.getAuthority())) {
				throw new StepFailed("redirect off the store");
			}
			page = send(HttpRequest.newBuilder(next).GET());
		}
		if (page.status() != 200) {
			throw new StepFailed("status " + page.status() + " at " + page.uri().getPath());
		}
		return page;
	}

	private Page send(HttpRequest.Builder request) {
		try {
			URI uri = request.build().uri();
			for (Map.Entry<String, List<String>> header : cookies.get(uri, Map.of()).entrySet()) {
				if (!header.getValue().isEmpty()) {
					request.header(header.getKey(), String.join("; ", header.getValue()));
				}
			}
			HttpResponse<String> response = http.send(request.header("Accept", "text/html").timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			cookies.put(uri, response.headers().map());
			return new Page(response);
		}
		catch (IOException e) {
			throw new StepFailed("I/O: " + e.getClass().getSimpleName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StepFailed("interrupted");
		}
	}

	@Override
	public void close() {
		http.close();
	}

	/** A page the store answered with, parsed once. */
	record Page(HttpResponse<String> response, Document document) {

		Page(HttpResponse<String> response) {
			this(response, Jsoup.parse(response.body(), response.uri().toString()));
		}

		int status() {
			return response.statusCode();
		}

		URI uri() {
			return response.uri();
		}

		Element form(String selector) {
			Element form = document.selectFirst(selector);
			if (form == null) {
				throw new StepFailed("no " + selector + " at " + uri().getPath());
			}
			return form;
		}
	}

	/** A step of the order went wrong; says which, without any of the buyer's data. */
	static final class StepFailed extends RuntimeException {

		StepFailed(String message) {
			super(message, null, false, false);
		}
	}
}
