package com.wtigg.store.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.support.screenshot.Screenshot;
import com.wtigg.store.support.screenshot.ScreenshotCheck;
import com.wtigg.store.support.screenshot.ScreenshotRefused;

/**
 * The screenshot check takes PNG, JPEG and WebP by content and keeps a copy written anew, without
 * the original's metadata; it refuses polyglots, bombs, SVG, empty files and misnamed ones.
 */
@PolicyClause("COL-SUPPORT")
class ScreenshotCheckTest {

	private final ScreenshotCheck check = new ScreenshotCheck(40_000_000);

	private String refusal(byte[] data, String name) {
		try {
			check.check(data, name);
			return "accepted";
		}
		catch (ScreenshotRefused e) {
			return e.messageKey();
		}
	}

	@Test
	void aPngIsTakenAndWrittenAnewAsAPng() throws Exception {
		Screenshot shot = check.check(Images.png(120, 80), "Screenshot 2026-12-03.png");
		assertThat(shot.contentType()).isEqualTo("image/png");
		assertThat(shot.width()).isEqualTo(120);
		assertThat(ImageIO.read(new ByteArrayInputStream(shot.bytes())).getHeight()).isEqualTo(80);
	}

	@Test
	void aJpegKeepsItsPixelsButLosesItsGpsPositionAndCameraSerial() throws Exception {
		byte[] original = Images.fixture("gps-photo.jpg");
		assertThat(exifSegments(original)).isPositive();
		assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("SN-0042-7781");
		Screenshot shot = check.check(original, "IMG_0042.JPG");
		assertThat(shot.contentType()).isEqualTo("image/jpeg");
		assertThat(shot.width()).isEqualTo(320);
		assertThat(exifSegments(shot.bytes())).isZero();
		assertThat(new String(shot.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("SN-0042-7781").doesNotContain("Exif");
	}

	@Test
	void aWebpIsReadAndKeptAsAPngWithoutItsMetadata() throws Exception {
		byte[] original = Images.fixture("gps-photo.webp");
		assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("SN-0042-7781");
		Screenshot shot = check.check(original, "photo.webp");
		assertThat(shot.contentType()).isEqualTo("image/png");
		assertThat(shot.width()).isEqualTo(320);
		assertThat(new String(shot.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("SN-0042-7781").doesNotContain("Exif");
	}

	@Test
	void aPngThatIsAlsoAZipIsRefused() {
		assertThat(refusal(Images.concat(Images.png(40, 40), Images.zip()), "a.png")).isEqualTo("support.file.hidden");
		assertThat(refusal(Images.pngWithText(Images.png(40, 40), new String(Images.zip(), StandardCharsets.ISO_8859_1)), "a.png"))
			.isEqualTo("support.file.hidden");
	}

	@Test
	void aPngThatIsAlsoHtmlIsRefused() {
		byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);
		assertThat(refusal(Images.concat(Images.png(40, 40), html), "a.png")).isEqualTo("support.file.hidden");
		assertThat(refusal(Images.pngWithText(Images.png(40, 40), "<script>alert(1)</script>"), "a.png"))
			.isEqualTo("support.file.hidden");
		assertThat(refusal(Images.concat(Images.jpeg(40, 40), html), "a.jpg")).isEqualTo("support.file.hidden");
	}

	@Test
	void aDecompressionBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() {
		byte[] bomb = Images.pngClaiming(Images.png(1, 1), 100_000, 100_000);
		assertThat(bomb.length).isLessThan(200);
		assertThat(refusal(bomb, "bomb.png")).isEqualTo("support.file.tooManyPixels");
		assertThat(refusal(Images.pngClaiming(Images.png(1, 1), 8_000, 6_000), "big.png")).isEqualTo("support.file.tooManyPixels");
	}

	@Test
	void anSvgIsRefusedWithItsOwnMessage() {
		assertThat(refusal(Images.SVG.getBytes(StandardCharsets.UTF_8), "drawing.svg")).isEqualTo("support.file.svg");
		assertThat(refusal(Images.SVG.getBytes(StandardCharsets.UTF_8), "drawing.png")).isEqualTo("support.file.svg");
	}

	@Test
	void aNameThatDoesNotMatchTheContentIsRefused() {
		assertThat(refusal(Images.png(40, 40), "photo.jpg")).isEqualTo("support.file.wrongExtension");
		assertThat(refusal(Images.jpeg(40, 40), "photo.png")).isEqualTo("support.file.wrongExtension");
		assertThat(refusal(Images.png(40, 40), "invoice.html")).isEqualTo("support.file.wrongExtension");
		assertThat(refusal(Images.png(40, 40), "screenshot")).isEqualTo("accepted");
		assertThat(refusal(Images.jpeg(40, 40), "photo.JPEG")).isEqualTo("accepted");
	}

	@Test
	void emptyOversizedAndOtherFilesAreRefused() {
		assertThat(refusal(new byte[0], "a.png")).isEqualTo("support.file.empty");
		assertThat(refusal(new byte[ScreenshotCheck.MAX_BYTES + 1], "a.png")).isEqualTo("support.file.tooLarge");
		assertThat(refusal("%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII), "a.pdf")).isEqualTo("support.file.notImage");
		assertThat(refusal(Images.zip(), "a.zip")).isEqualTo("support.file.notImage");
	}

	@Test
	void aTruncatedPictureIsRefusedAsUnreadable() {
		byte[] png = Images.png(64, 64);
		byte[] jpeg = Images.jpeg(64, 64);
		byte[] brokenJpeg = Images.concat(java.util.Arrays.copyOf(jpeg, 40), new byte[] { (byte) 0xFF, (byte) 0xD9 });
		assertThat(refusal(java.util.Arrays.copyOf(png, png.length - 20), "a.png")).isEqualTo("support.file.hidden");
		assertThat(refusal(brokenJpeg, "a.jpg")).isEqualTo("support.file.unreadable");
	}

	@Test
	void thePixelBoundIsTheConfiguredOne() {
		assertThat(refusalWith(new ScreenshotCheck(100 * 100), Images.png(101, 100))).isEqualTo("support.file.tooManyPixels");
		assertThat(refusalWith(new ScreenshotCheck(100 * 100), Images.png(100, 100))).isEqualTo("accepted");
	}

	private static String refusalWith(ScreenshotCheck check, byte[] data) {
		try {
			check.check(data, null);
			return "accepted";
		}
		catch (ScreenshotRefused e) {
			return e.messageKey();
		}
	}

	/** How many APP1 (Exif or XMP) segments the JPEG's metadata lists. */
	static int exifSegments(byte[] jpeg) throws IOException {
		ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			reader.setInput(in);
			IIOMetadata metadata = reader.getImageMetadata(0);
			Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
			return count(root);
		}
		finally {
			reader.dispose();
		}
	}

	private static int count(Node node) {
		int found = "unknown".equals(node.getNodeName()) && node.getAttributes() != null
				&& node.getAttributes().getNamedItem("MarkerTag") != null
				&& "225".equals(node.getAttributes().getNamedItem("MarkerTag").getNodeValue()) ? 1 : 0;
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			found += count(child);
		}
		return found;
	}
}
