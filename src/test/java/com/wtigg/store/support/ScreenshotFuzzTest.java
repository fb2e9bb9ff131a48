package com.wtigg.store.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import com.code_intelligence.jazzer.junit.FuzzTest;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.support.screenshot.Screenshot;
import com.wtigg.store.support.screenshot.ScreenshotCheck;
import com.wtigg.store.support.screenshot.ScreenshotRefused;

/**
 * Fuzzes the screenshot check: whatever the bytes, it either refuses them with a message or
 * returns a picture that decodes to its stated size within the pixel bound; it never fails in
 * any other way. In a normal test run (no {@code JAZZER_FUZZ}) it runs the committed corpus in
 * {@code ScreenshotFuzzTestInputs/} and any crash found there, as a regression test.
 */
@PolicyClause("COL-SUPPORT")
class ScreenshotFuzzTest {

	private static final long MAX_PIXELS = 1_000_000;

	private static final ScreenshotCheck CHECK = new ScreenshotCheck(MAX_PIXELS);

	@FuzzTest(maxDuration = "60s")
	void screenshotCheckRefusesOrReencodes(byte[] data) throws Exception {
		Screenshot shot;
		try {
			shot = CHECK.check(data, null);
		}
		catch (ScreenshotRefused refused) {
			assertThat(refused.messageKey()).startsWith("support.file.");
			return;
		}
		assertThat((long) shot.width() * shot.height()).isLessThanOrEqualTo(MAX_PIXELS);
		BufferedImage again = ImageIO.read(new ByteArrayInputStream(shot.bytes()));
		assertThat(again).isNotNull();
		assertThat(again.getWidth()).isEqualTo(shot.width());
		assertThat(again.getHeight()).isEqualTo(shot.height());
	}
}
