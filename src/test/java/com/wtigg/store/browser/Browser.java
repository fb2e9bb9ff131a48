package com.wtigg.store.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system's packages, driven by its chromedriver. Outside CI a machine
 * without them skips browser tests; under CI (CI=true) a missing browser fails them.
 */
public final class Browser {

	private static final File CHROMIUM = new File(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));

	private static final File CHROMEDRIVER = new File(
			System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));

	private Browser() {
	}

	public static ChromeDriver start() {
		return start(options -> {
		});
	}

	/** As {@link #start()}, saving downloads into the folder without asking. */
	public static ChromeDriver start(java.nio.file.Path downloads) {
		return start(options -> options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
				downloads.toAbsolutePath().toString(), "download.prompt_for_download", false)));
	}

	// consent: options of a test's own, such as the performance log (begin)
	/** As {@link #start()}, with options the test adds (capabilities such as {@code goog:loggingPrefs}). */
	public static ChromeDriver start(java.util.function.Consumer<ChromeOptions> extra) {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!"true".equals(System.getenv("CI"))) {
			Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed: browser tests skipped");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,1000", "--lang=en-US");
		extra.accept(options);
		// consent: (end)
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

	/** Saves what the browser shows under {@code target/screenshots/}. */
	public static Path screenshot(ChromeDriver driver, String name) throws IOException {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}
}
