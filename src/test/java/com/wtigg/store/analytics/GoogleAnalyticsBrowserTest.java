package com.wtigg.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.browser.Browser;
import com.wtigg.store.browser.NetworkLog;

/**
 * Google Analytics in Chromium, with a measurement id configured: before a choice neither the
 * store's loader nor Google's tag is requested and no {@code dataLayer} exists; after "accept
 * analytics" in the banner the loader runs under the CSP and its integrity hash, sets Consent Mode
 * v2's defaults to denied for all four kinds of storage before granting analytics storage alone,
 * and only then asks Google for the tag; after "reject all" the tag is gone again. Google's hosts
 * resolve nowhere in this browser, so nothing reaches Google; the request still shows in the
 * network log.
 */
@AnalyticsTest
@PolicyClause({ "CKE-GA", "CKE-CATEGORIES" })
class GoogleAnalyticsBrowserTest {

	private static final String TAG = "https://www.googletagmanager.com/gtag/js?id=" + AnalyticsTest.MEASUREMENT_ID;

	@LocalServerPort
	int port;

	ChromeDriver browser;

	NetworkLog network;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start(options -> {
			NetworkLog.enable(options);
			options.addArguments("--host-resolver-rules=MAP *.googletagmanager.com ~NOTFOUND, MAP *.google-analytics.com ~NOTFOUND");
		});
		network = NetworkLog.of(browser);
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The calls made to gtag so far, each as JSON of its arguments. */
	@SuppressWarnings("unchecked")
	private List<String> dataLayer() {
		return (List<String>) browser.executeScript(
				"return (window.dataLayer || []).map(function (a) { return JSON.stringify(Array.prototype.slice.call(a)); });");
	}

	private boolean googleRequested() {
		return network.drain().stream().anyMatch(e -> e.to("googletagmanager.com") || e.to("google-analytics.com")
				|| e.to("/js/ga-consent"));
	}

	@Test
	void theTagLoadsOnlyAfterAnalyticsConsentWithConsentModeDefaultsDenied() {
		browser.get(url("/c/bangles"));
		assertThat(browser.executeScript("return typeof window.dataLayer")).isEqualTo("undefined");
		assertThat(browser.findElements(By.cssSelector("script[src*='ga-consent'], script[src*='googletagmanager']"))).isEmpty();
		assertThat(googleRequested()).isFalse();

		browser.findElement(By.id("banner-choose")).click();
		browser.findElement(By.cssSelector("label[for=banner-analytics]")).click();
		browser.findElement(By.id("banner-save")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cookie-banner")));
		assertThat(browser.findElements(By.cssSelector("script[src^='/js/ga-consent'][integrity^='sha384-']"))).hasSize(1);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(dataLayer()).hasSizeGreaterThanOrEqualTo(4));
		assertThat(dataLayer().subList(0, 2)).containsExactly(
				"[\"consent\",\"default\",{\"ad_storage\":\"denied\",\"ad_user_data\":\"denied\",\"ad_personalization\":\"denied\","
						+ "\"analytics_storage\":\"denied\"}]",
				"[\"consent\",\"update\",{\"analytics_storage\":\"granted\"}]");
		assertThat(dataLayer().get(3)).isEqualTo("[\"config\",\"" + AnalyticsTest.MEASUREMENT_ID + "\"]");
		assertThat(network.all()).as("the tag was asked for, after the defaults").anySatisfy(e -> assertThat(e.url()).isEqualTo(TAG));

		browser.get(url("/cookies"));
		WebElement reject = browser.findElement(By.id("settings-reject"));
		reject.click();
		wait.until(ExpectedConditions.stalenessOf(reject));
		network.drain();
		browser.get(url("/c/rings"));
		assertThat(browser.executeScript("return typeof window.dataLayer")).isEqualTo("undefined");
		assertThat(googleRequested()).as("after reject all").isFalse();
	}
}
