package com.wtigg.store.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Pictures for the screenshot tests: real ones made with ImageIO, the committed fixtures, and the
 * hostile ones (polyglots, a decompression bomb) made from them.
 */
public final class Images {

	private Images() {
	}

	public static byte[] png(int width, int height) {
		return write(picture(width, height), "png");
	}

	static byte[] jpeg(int width, int height) {
		return write(picture(width, height), "jpeg");
	}

	private static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x2f6b4f));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.WHITE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	private static byte[] write(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A committed fixture from this package's resources. */
	static byte[] fixture(String name) {
		try (InputStream in = Images.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("No fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A ZIP archive holding one small file. */
	static byte[] zip() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				zip.putNextEntry(new ZipEntry("payload.html"));
				zip.write("<p>hidden</p>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] concat(byte[] first, byte[] second) {
		return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
	}

	/** A PNG with a text chunk (tEXt) right after its header holding the text. */
	static byte[] pngWithText(byte[] png, String text) {
		byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		byte[] chunk = chunk("tEXt", data);
		int afterHeader = 8 + 25;
		return ByteBuffer.allocate(png.length + chunk.length).put(png, 0, afterHeader).put(chunk)
			.put(png, afterHeader, png.length - afterHeader).array();
	}

	/** The PNG with the size its header states changed (and the header's checksum made right): a bomb when huge. */
	static byte[] pngClaiming(byte[] png, int width, int height) {
		byte[] bomb = png.clone();
		ByteBuffer.wrap(bomb, 16, 8).putInt(width).putInt(height);
		CRC32 crc = new CRC32();
		crc.update(bomb, 12, 17);
		ByteBuffer.wrap(bomb, 29, 4).putInt((int) crc.getValue());
		return bomb;
	}

	private static byte[] chunk(String type, byte[] data) {
		CRC32 crc = new CRC32();
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
			.putInt((int) crc.getValue()).array();
	}

	static final String SVG = """
			<?xml version="1.0" encoding="UTF-8"?>
			<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>
			""";
}
